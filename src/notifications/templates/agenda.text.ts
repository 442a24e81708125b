/** The plain-text body of an agenda e-mail. */
export const AGENDA_TEXT = `{{greeting}}

{{intro}}
{{#each meetings}}

{{time}} · {{../tableLabel}} {{table}}
   {{organisation}}
   {{fullName}} · {{place}}
{{#if interpreter}}
   {{../interpreterNote}}
{{/if}}
{{#each reasons}}
   - {{this}}
{{/each}}
{{/each}}
{{#if cancelled.length}}

{{cancelledIntro}}
{{#each cancelled}}
   - {{this}}
{{/each}}
{{/if}}

{{calendarNote}}

{{closing}}
`;
