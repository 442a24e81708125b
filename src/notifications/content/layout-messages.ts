import type { LayoutModel } from '../templates/render-email.js';
import type { EmailLanguage } from './email-language.js';
import type { OrganiserContact } from './organiser-contact.js';

/** The footer every e-mail carries: whom to write to, why the person gets it, how to stop. */
export function footerMessages(
  lang: EmailLanguage,
  eventName: string,
  contact: OrganiserContact,
): LayoutModel['footer'] {
  return lang === 'fr'
    ? {
        contact: contactFr(eventName, contact),
        reason: `Vous recevez cet e-mail car vous avez accepté, en vous inscrivant à « ${eventName} », d’être contacté(e) par e-mail.`,
        unsubscribe: 'Ne plus recevoir d’e-mails de cet événement',
      }
    : {
        contact: contactEn(eventName, contact),
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
  contact: OrganiserContact,
): LayoutModel {
  const { subject, preheader, title } = messages;
  return {
    lang,
    subject,
    preheader,
    eventName,
    title,
    unsubscribeUrl,
    footer: footerMessages(lang, eventName, contact),
  };
}

function contactFr(eventName: string, contact: OrganiserContact): string {
  const who = contact.organiserName ?? 'l’équipe d’organisation';
  if (contact.organiserEmail) return `Une question ? Écrivez à ${who} : ${contact.organiserEmail}.`;
  if (contact.canReply) return `Une question ? Répondez à cet e-mail, ${who} le lira.`;
  return `Cet e-mail part d’une adresse qui ne reçoit pas les réponses : pour toute question, adressez-vous à ${who} de « ${eventName} », à l’accueil de l’événement ou par le site où vous vous êtes inscrit(e).`;
}

function contactEn(eventName: string, contact: OrganiserContact): string {
  const who = contact.organiserName ?? 'the organising team';
  if (contact.organiserEmail) return `Any question? Write to ${who}: ${contact.organiserEmail}.`;
  if (contact.canReply) return `Any question? Reply to this e-mail and ${who} will read it.`;
  return `This e-mail comes from an address that receives no replies: for any question, ask ${who} of “${eventName}” at the event’s welcome desk or through the site where you registered.`;
}
