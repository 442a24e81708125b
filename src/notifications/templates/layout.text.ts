/** The plain-text part's frame; `body` is the kind's own text. */
export const LAYOUT_TEXT = `{{eventName}}
{{title}}

{{{body}}}

--
{{footer.contact}}
{{footer.reason}}
{{footer.unsubscribe}}
{{unsubscribeUrl}}
`;
