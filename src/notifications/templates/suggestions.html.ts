/** The body of a suggested-contacts e-mail: a greeting, one card per partner, how to meet. */
export const SUGGESTIONS_HTML = `<p style="margin:0 0 12px 0;">{{greeting}}</p>
<p style="margin:0 0 20px 0;">{{intro}}</p>
{{#each partners}}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;border:1px solid #e4e7eb;border-radius:6px;">
<tr><td style="padding:14px 16px;">
<p style="margin:0;font-size:17px;font-weight:bold;color:#1f2933;">{{rank}}. {{organisation}}</p>
<p style="margin:2px 0 0 0;font-size:14px;color:#52606d;">{{fullName}} · {{organisationType}}</p>
<p style="margin:2px 0 0 0;font-size:14px;color:#52606d;">{{place}}</p>
<p style="margin:10px 0 4px 0;font-size:14px;font-weight:bold;color:#1f2933;">{{../whyLabel}}</p>
<ul style="margin:0;padding:0 0 0 18px;font-size:15px;">
{{#each reasons}}<li style="margin:0 0 4px 0;">{{this}}</li>
{{/each}}</ul>
{{#if meetingUrl}}<p style="margin:12px 0 0 0;"><a href="{{meetingUrl}}" style="display:inline-block;padding:9px 16px;background-color:#0b6e4f;border-radius:4px;color:#ffffff;font-size:15px;font-weight:bold;text-decoration:none;">{{../meetingButton}}</a></p>{{/if}}
</td></tr>
</table>
{{/each}}
<p style="margin:20px 0 8px 0;">{{meetingHowTo}}</p>
<p style="margin:0;">{{closing}}</p>
`;
