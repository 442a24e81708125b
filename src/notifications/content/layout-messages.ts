import type { LayoutModel } from '../templates/render-email.js';
import type { EmailLanguage } from './email-language.js';

/** The footer every e-mail carries: why the person gets it, and how to stop. */
export function footerMessages(lang: EmailLanguage, eventName: string): LayoutModel['footer'] {
  return lang === 'fr'
    ? {
        reason: `Vous recevez cet e-mail car vous avez accepté, en vous inscrivant à « ${eventName} », d’être contacté(e) par e-mail.`,
        unsubscribe: 'Ne plus recevoir d’e-mails de cet événement',
      }
    : {
        reason: `You are receiving this e-mail because you agreed, when registering for “${eventName}”, to be contacted by e-mail.`,
        unsubscribe: 'Stop receiving e-mails about this event',
      };
}

/** The frame of an e-mail from its kind's messages: subject, preheader and title. */
export function emailLayout(
  lang: EmailLanguage,
  eventName: string,
  messages: { subject: string; preheader: string; title: string },
  unsubscribeUrl: string,
): LayoutModel {
  const { subject, preheader, title } = messages;
  return {
    lang,
    subject,
    preheader,
    eventName,
    title,
    unsubscribeUrl,
    footer: footerMessages(lang, eventName),
  };
}
