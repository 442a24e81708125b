/**
 * The plain-text body of a suggested-contacts e-mail, for clients that show no HTML. No
 * per-partner buttons: their mailto links would be lines of percent-encoding.
 */
export const SUGGESTIONS_TEXT = `{{greeting}}

{{intro}}
{{#each partners}}

{{rank}}. {{organisation}}
   {{fullName}} · {{organisationType}}
   {{place}}
   {{../whyLabel}}
{{#each reasons}}
   - {{this}}
{{/each}}
{{/each}}

{{meetingHowToText}}

{{closing}}
`;
