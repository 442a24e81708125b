import Handlebars from 'handlebars';
import { LAYOUT_HTML } from './layout.html.js';
import { LAYOUT_TEXT } from './layout.text.js';

/*
 * Templates are TypeScript strings compiled once: `tsc` builds them like any module, so
 * `npm start`, the Docker image and the tests find them with no copying step. In the HTML
 * part `{{ }}` escapes everything (participants' names, organisations, quoted offers); the
 * text part is not HTML, so it is compiled without escaping.
 */
const handlebars = Handlebars.create();

export type EmailTemplate<Model> = (model: Model) => string;

export function htmlTemplate<Model>(source: string): EmailTemplate<Model> {
  return handlebars.compile<Model>(source, { strict: true });
}

export function textTemplate<Model>(source: string): EmailTemplate<Model> {
  return handlebars.compile<Model>(source, { strict: true, noEscape: true });
}

/** What the frame around every kind's body shows. */
export interface LayoutModel {
  lang: string;
  subject: string;
  preheader: string;
  eventName: string;
  title: string;
  unsubscribeUrl: string;
  footer: { contact: string; reason: string; unsubscribe: string };
}

const layoutHtml = htmlTemplate<LayoutModel & { body: string }>(LAYOUT_HTML);
const layoutText = textTemplate<LayoutModel & { body: string }>(LAYOUT_TEXT);

/** Both parts of an e-mail: the kind's body inside the common frame. */
export function renderEmail<Model>(
  layout: LayoutModel,
  body: { html: EmailTemplate<Model>; text: EmailTemplate<Model> },
  model: Model,
): { html: string; text: string } {
  return {
    html: layoutHtml({ ...layout, body: body.html(model) }),
    text: layoutText({ ...layout, body: body.text(model) }),
  };
}
