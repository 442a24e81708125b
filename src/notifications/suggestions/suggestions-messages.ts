import type { EmailLanguage } from '../content/email-language.js';
import type { OrganiserContact } from '../content/organiser-contact.js';

/** Whom participants write to for a meeting. */
export type MeetingContact = OrganiserContact;

export interface PartnerName {
  fullName: string;
  organisation: string;
}

interface Context {
  eventName: string;
  recipientName: string;
  count: number;
  contact: MeetingContact;
}

/** Every sentence of a suggested-contacts e-mail, in the recipient's language. */
export function suggestionsMessages(lang: EmailLanguage, context: Context) {
  return lang === 'fr' ? french(context) : english(context);
}

function french({ eventName, recipientName, count, contact }: Context) {
  const one = count === 1;
  const howTo = contact.canReply
    ? 'Pour demander un rendez-vous, répondez à cet e-mail en citant les contacts choisis.'
    : `Ne répondez pas à cet e-mail, son adresse ne reçoit pas les réponses : pour demander un rendez-vous, adressez-vous à ${contact.organiserName ?? 'l’équipe d’organisation'} à l’accueil de l’événement ou par le site où vous vous êtes inscrit(e), en citant les contacts choisis.`;
  return {
    subject: `Vos contacts suggérés pour « ${eventName} »`,
    preheader: `${count} ${one ? 'partenaire' : 'partenaires'} à rencontrer, et pourquoi`,
    title: 'Vos contacts suggérés',
    greeting: `Bonjour ${recipientName},`,
    intro: one
      ? 'Parmi les participants, voici la structure qui correspond le mieux à ce que vous proposez et recherchez, et ce qui vous rapproche.'
      : `Parmi les participants, voici les ${count} structures qui correspondent le mieux à ce que vous proposez et recherchez, et ce qui vous rapproche.`,
    whyLabel: 'Pourquoi ce contact',
    meetingButton: 'Demander un rendez-vous',
    meetingHowTo: contact.organiserEmail
      ? `Pour demander un rendez-vous, écrivez à ${contact.organiserName ?? 'l’équipe d’organisation'} (${contact.organiserEmail}) en citant les contacts choisis, ou utilisez le bouton sous chacun d’eux.`
      : howTo,
    meetingHowToText: contact.organiserEmail
      ? `Pour demander un rendez-vous, écrivez à ${contact.organiserName ?? 'l’équipe d’organisation'} (${contact.organiserEmail}) en citant les contacts choisis.`
      : howTo,
    closing: 'Belles rencontres !',
    meetingSubject: (partner: PartnerName) =>
      `Demande de rendez-vous : ${partner.fullName} (${partner.organisation})`,
    meetingBody: (partner: PartnerName) =>
      `Bonjour,\n\nJe souhaite rencontrer ${partner.fullName} (${partner.organisation}) lors de « ${eventName} ».\n\n${recipientName}`,
  };
}

function english({ eventName, recipientName, count, contact }: Context) {
  const one = count === 1;
  const howTo = contact.canReply
    ? 'To request a meeting, reply to this e-mail naming the contacts you chose.'
    : `Do not reply to this e-mail, its address receives no replies: to request a meeting, ask ${contact.organiserName ?? 'the organising team'} at the event’s welcome desk or through the site where you registered, naming the contacts you chose.`;
  return {
    subject: `Your suggested contacts for “${eventName}”`,
    preheader: `${count} ${one ? 'partner' : 'partners'} to meet, and why`,
    title: 'Your suggested contacts',
    greeting: `Hello ${recipientName},`,
    intro: one
      ? 'Among the participants, here is the organisation that best matches what you offer and look for, and what you have in common.'
      : `Among the participants, here are the ${count} organisations that best match what you offer and look for, and what you have in common.`,
    whyLabel: 'Why this contact',
    meetingButton: 'Request a meeting',
    meetingHowTo: contact.organiserEmail
      ? `To request a meeting, write to ${contact.organiserName ?? 'the organising team'} (${contact.organiserEmail}) naming the contacts you chose, or use the button under each of them.`
      : howTo,
    meetingHowToText: contact.organiserEmail
      ? `To request a meeting, write to ${contact.organiserName ?? 'the organising team'} (${contact.organiserEmail}) naming the contacts you chose.`
      : howTo,
    closing: 'Enjoy your meetings!',
    meetingSubject: (partner: PartnerName) =>
      `Meeting request: ${partner.fullName} (${partner.organisation})`,
    meetingBody: (partner: PartnerName) =>
      `Hello,\n\nI would like to meet ${partner.fullName} (${partner.organisation}) at “${eventName}”.\n\n${recipientName}`,
  };
}
