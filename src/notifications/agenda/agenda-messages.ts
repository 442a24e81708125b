import type { EmailLanguage } from '../content/email-language.js';

interface Context {
  eventName: string;
  recipientName: string;
  count: number;
  /** An earlier version of the agenda was sent: this one replaces it. */
  update: boolean;
}

/** Every sentence of an agenda e-mail, in the recipient's language. */
export function agendaMessages(lang: EmailLanguage, context: Context) {
  return lang === 'fr' ? french(context) : english(context);
}

function french({ eventName, recipientName, count, update }: Context) {
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
    calendarNote:
      'Le fichier joint (.ics) ajoute ces rendez-vous à l’agenda de votre téléphone ; un agenda mis à jour remplace les anciens.',
    closing: 'Belles rencontres !',
  };
}

function english({ eventName, recipientName, count, update }: Context) {
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
    calendarNote:
      'The attached file (.ics) adds these meetings to your phone’s calendar; an updated agenda replaces the old entries.',
    closing: 'Enjoy your meetings!',
  };
}
