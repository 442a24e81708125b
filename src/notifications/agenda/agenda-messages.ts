import type { EmailLanguage } from '../content/email-language.js';

interface Context {
  eventName: string;
  recipientName: string;
  count: number;
  /** An earlier version of the agenda was sent: this one replaces it. */
  update: boolean;
  /** Meetings sent before that no longer take place. */
  cancelledCount: number;
}

/** Every sentence of an agenda e-mail, in the recipient's language. */
export function agendaMessages(lang: EmailLanguage, context: Context) {
  return lang === 'fr' ? french(context) : english(context);
}

function french(context: Context) {
  return context.count === 0 ? frenchAllCancelled(context) : frenchAgenda(context);
}

function english(context: Context) {
  return context.count === 0 ? englishAllCancelled(context) : englishAgenda(context);
}

/** Everything the person was sent is gone: one e-mail that says so and clears the calendar. */
function frenchAllCancelled({ eventName, recipientName, cancelledCount }: Context) {
  const one = cancelledCount === 1;
  return {
    subject: `Vos rendez-vous pour « ${eventName} » sont annulés`,
    preheader: one ? 'Votre rendez-vous n’a plus lieu' : 'Vos rendez-vous n’ont plus lieu',
    title: one ? 'Votre rendez-vous est annulé' : 'Vos rendez-vous sont annulés',
    greeting: `Bonjour ${recipientName},`,
    intro:
      'Le programme des rendez-vous a changé : vous n’avez plus de rendez-vous prévu. Nous en sommes désolés.',
    tableLabel: 'Table',
    whyLabel: 'Pourquoi ce rendez-vous',
    interpreterNote: 'Pas de langue commune : un interprète sera présent.',
    cancelledIntro: one ? 'Ce rendez-vous n’a plus lieu :' : 'Ces rendez-vous n’ont plus lieu :',
    calendarNote: 'Le fichier joint (.ics) retire ces rendez-vous de l’agenda de votre téléphone.',
    closing: 'À bientôt !',
  };
}

function englishAllCancelled({ eventName, recipientName, cancelledCount }: Context) {
  const one = cancelledCount === 1;
  return {
    subject: `Your meetings at “${eventName}” are cancelled`,
    preheader: one ? 'Your meeting no longer takes place' : 'Your meetings no longer take place',
    title: one ? 'Your meeting is cancelled' : 'Your meetings are cancelled',
    greeting: `Hello ${recipientName},`,
    intro: 'The meeting plan has changed: you have no meetings planned any more. We are sorry.',
    tableLabel: 'Table',
    whyLabel: 'Why you meet',
    interpreterNote: 'No common language: an interpreter will be there.',
    cancelledIntro: one
      ? 'This meeting no longer takes place:'
      : 'These meetings no longer take place:',
    calendarNote: 'The attached file (.ics) removes these meetings from your phone’s calendar.',
    closing: 'See you soon!',
  };
}

function frenchAgenda({ eventName, recipientName, count, update, cancelledCount }: Context) {
  const one = count === 1;
  return {
    subject: update
      ? `Votre agenda mis à jour pour « ${eventName} »`
      : `Votre agenda de rendez-vous pour « ${eventName} »`,
    preheader: `${count} ${one ? 'rendez-vous' : 'rendez-vous'}, avec l’heure et la table`,
    title: update ? 'Votre agenda a changé' : 'Votre agenda de rendez-vous',
    greeting: `Bonjour ${recipientName},`,
    intro: update
      ? `Le programme des rendez-vous a changé : voici votre agenda à jour (${count} ${one ? 'rendez-vous' : 'rendez-vous'}). Il remplace le précédent.`
      : `Voici ${one ? 'votre rendez-vous' : `vos ${count} rendez-vous`} : l’heure, la table et la personne que vous rencontrez.`,
    tableLabel: 'Table',
    whyLabel: 'Pourquoi ce rendez-vous',
    interpreterNote: 'Pas de langue commune : un interprète sera présent.',
    cancelledIntro:
      cancelledCount === 1
        ? 'Ce rendez-vous prévu n’a plus lieu :'
        : 'Ces rendez-vous prévus n’ont plus lieu :',
    calendarNote:
      'Le fichier joint (.ics) ajoute ces rendez-vous à l’agenda de votre téléphone ; un agenda mis à jour remplace les anciens et retire ceux qui n’ont plus lieu.',
    closing: 'Belles rencontres !',
  };
}

function englishAgenda({ eventName, recipientName, count, update, cancelledCount }: Context) {
  const one = count === 1;
  return {
    subject: update
      ? `Your updated meetings for “${eventName}”`
      : `Your meetings at “${eventName}”`,
    preheader: `${count} ${one ? 'meeting' : 'meetings'}, with time and table`,
    title: update ? 'Your meetings have changed' : 'Your meetings',
    greeting: `Hello ${recipientName},`,
    intro: update
      ? `The meeting plan has changed: here are your ${count} ${one ? 'meeting' : 'meetings'} as they now stand. This replaces the previous agenda.`
      : `Here ${one ? 'is your meeting' : `are your ${count} meetings`}: the time, the table and who you meet.`,
    tableLabel: 'Table',
    whyLabel: 'Why you meet',
    interpreterNote: 'No common language: an interpreter will be there.',
    cancelledIntro:
      cancelledCount === 1
        ? 'This planned meeting no longer takes place:'
        : 'These planned meetings no longer take place:',
    calendarNote:
      'The attached file (.ics) adds these meetings to your phone’s calendar; an updated agenda replaces the old entries and removes those that no longer take place.',
    closing: 'Enjoy your meetings!',
  };
}
