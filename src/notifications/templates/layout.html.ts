/**
 * The frame of every e-mail: one column at most 600 px wide, inline styles only (mail clients
 * drop <style> and external CSS), tables for the old Outlook engines. `body` is the kind's
 * own HTML, already rendered and escaped, hence the triple braces.
 */
export const LAYOUT_HTML = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{subject}}</title>
</head>
<body style="margin:0;padding:0;background-color:#f3f4f6;">
<div style="display:none;max-height:0;overflow:hidden;">{{preheader}}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f3f4f6;">
<tr><td align="center" style="padding:16px 8px;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background-color:#ffffff;border-radius:8px;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;">
<tr><td style="padding:24px 20px 4px 20px;">
<p style="margin:0;font-size:13px;letter-spacing:0.04em;text-transform:uppercase;color:#52606d;">{{eventName}}</p>
<h1 style="margin:6px 0 0 0;font-size:22px;line-height:1.3;color:#0b4f6c;">{{title}}</h1>
</td></tr>
<tr><td style="padding:12px 20px 8px 20px;">
{{{body}}}
</td></tr>
<tr><td style="padding:16px 20px 24px 20px;border-top:1px solid #e4e7eb;font-size:13px;line-height:1.5;color:#52606d;">
<p style="margin:0 0 8px 0;">{{footer.contact}}</p>
<p style="margin:0 0 8px 0;">{{footer.reason}}</p>
<p style="margin:0;"><a href="{{unsubscribeUrl}}" style="color:#52606d;text-decoration:underline;">{{footer.unsubscribe}}</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`;
