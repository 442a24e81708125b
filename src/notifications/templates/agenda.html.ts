/**
 * The body of an agenda e-mail: one row per meeting, time and table first (read at the door),
 * then the meetings sent before that no longer take place.
 */
export const AGENDA_HTML = `<p style="margin:0 0 12px 0;">{{greeting}}</p>
<p style="margin:0 0 20px 0;">{{intro}}</p>
{{#each meetings}}
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px 0;border:1px solid #e4e7eb;border-radius:6px;">
<tr><td style="padding:14px 16px;">
<p style="margin:0;font-size:17px;font-weight:bold;color:#0b6e4f;">{{time}} · {{../tableLabel}} {{table}}</p>
<p style="margin:4px 0 0 0;font-size:16px;font-weight:bold;color:#1f2933;">{{organisation}}</p>
<p style="margin:2px 0 0 0;font-size:14px;color:#52606d;">{{fullName}} · {{place}}</p>
{{#if interpreter}}<p style="margin:8px 0 0 0;font-size:14px;color:#8d2b0b;">{{../interpreterNote}}</p>{{/if}}
{{#if reasons.length}}<p style="margin:10px 0 4px 0;font-size:14px;font-weight:bold;color:#1f2933;">{{../whyLabel}}</p>
<ul style="margin:0;padding:0 0 0 18px;font-size:15px;">
{{#each reasons}}<li style="margin:0 0 4px 0;">{{this}}</li>
{{/each}}</ul>{{/if}}
</td></tr>
</table>
{{/each}}
{{#if cancelled.length}}
<p style="margin:20px 0 4px 0;font-weight:bold;color:#8d2b0b;">{{cancelledIntro}}</p>
<ul style="margin:0;padding:0 0 0 18px;font-size:15px;">
{{#each cancelled}}<li style="margin:0 0 4px 0;text-decoration:line-through;">{{this}}</li>
{{/each}}</ul>
{{/if}}
<p style="margin:20px 0 8px 0;">{{calendarNote}}</p>
<p style="margin:0;">{{closing}}</p>
`;
