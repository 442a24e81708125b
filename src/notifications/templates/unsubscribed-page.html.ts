/**
 * The page an unsubscribe link opens: both languages, the reader's own first, and on the
 * confirmation page one form that POSTs back to the very same URL (no action attribute, so it
 * works behind any proxy path and within the CSP's form-action 'self').
 */
export const UNSUBSCRIBED_PAGE_HTML = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>{{title}}</title>
</head>
<body style="margin:0;padding:24px 16px;background-color:#f3f4f6;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1f2933;">
<main style="max-width:560px;margin:0 auto;padding:24px 20px;background-color:#ffffff;border-radius:8px;">
{{#each sections}}
<section lang="{{lang}}" style="margin:0 0 16px 0;">
<h1 style="margin:0 0 8px 0;font-size:20px;color:#0b4f6c;">{{heading}}</h1>
<p style="margin:0;">{{message}}</p>
</section>
{{/each}}
{{#if button}}
<form method="post" style="margin:24px 0 0 0;">
<input type="hidden" name="List-Unsubscribe" value="One-Click">
<button type="submit" style="padding:10px 18px;font-size:16px;color:#ffffff;background-color:#0b4f6c;border:0;border-radius:6px;cursor:pointer;">{{button}}</button>
</form>
{{/if}}
</main>
</body>
</html>
`;
