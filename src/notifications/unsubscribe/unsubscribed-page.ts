import type { EmailLanguage } from '../content/email-language.js';
import { htmlTemplate } from '../templates/render-email.js';
import { UNSUBSCRIBED_PAGE_HTML } from '../templates/unsubscribed-page.html.js';

/**
 * What an unsubscribe link can show: a question (nothing changes until the button is pressed,
 * so mail scanners opening every link unsubscribe nobody), the outcome, or why the link does
 * not work.
 */
export type UnsubscribePageKind =
  | 'confirm'
  | 'unsubscribed'
  | 'already-unsubscribed'
  | 'no-longer-applies'
  | 'truncated'
  | 'not-valid';

interface Section {
  lang: EmailLanguage;
  heading: string;
  message: string;
}

const page = htmlTemplate<{
  lang: EmailLanguage;
  title: string;
  sections: Section[];
  button: string | null;
}>(UNSUBSCRIBED_PAGE_HTML);

/** The page, in French and English, the reader's language first. */
export function unsubscribePage(
  kind: UnsubscribePageKind,
  lang: EmailLanguage,
  eventName: string | null,
): string {
  const sections: Section[] = [
    { lang: 'fr', ...french(kind, eventName) },
    { lang: 'en', ...english(kind, eventName) },
  ];
  if (lang === 'en') sections.reverse();
  const button =
    kind === 'confirm'
      ? lang === 'en'
        ? 'Unsubscribe · Me désinscrire'
        : 'Me désinscrire · Unsubscribe'
      : null;
  return page({ lang, title: sections[0].heading, sections, button });
}

function french(kind: UnsubscribePageKind, eventName: string | null) {
  const about = eventName ? ` au sujet de « ${eventName} »` : '';
  switch (kind) {
    case 'confirm':
      return {
        heading: 'Ne plus recevoir d’e-mails ?',
        message: `Confirmez pour ne plus recevoir d’e-mails${about}. Votre inscription à l’événement n’est pas modifiée.`,
      };
    case 'unsubscribed':
      return {
        heading: 'Désinscription enregistrée',
        message: `Vous ne recevrez plus d’e-mails${about}. Votre inscription à l’événement n’est pas modifiée.`,
      };
    case 'already-unsubscribed':
      return {
        heading: 'Vous êtes déjà désinscrit(e)',
        message: `Vous ne recevez plus d’e-mails${about}.`,
      };
    case 'no-longer-applies':
      return {
        heading: 'Ce lien ne s’applique plus',
        message: `L’inscription pour laquelle ce lien a été envoyé n’existe plus : il ne change rien. Si vous vous êtes inscrit(e) à nouveau, utilisez le lien du dernier e-mail reçu.`,
      };
    case 'truncated':
      return {
        heading: 'Lien incomplet',
        message:
          'Ce lien de désinscription est incomplet : copiez-le en entier depuis l’e-mail, ou cliquez-le directement.',
      };
    case 'not-valid':
      return {
        heading: 'Lien non valide',
        message:
          'Ce lien de désinscription a été modifié ou n’a pas été émis par ce service : il ne change rien.',
      };
  }
}

function english(kind: UnsubscribePageKind, eventName: string | null) {
  const about = eventName ? ` about “${eventName}”` : '';
  switch (kind) {
    case 'confirm':
      return {
        heading: 'Stop receiving e-mails?',
        message: `Confirm to receive no more e-mails${about}. Your registration for the event is unchanged.`,
      };
    case 'unsubscribed':
      return {
        heading: 'You have been unsubscribed',
        message: `You will receive no more e-mails${about}. Your registration for the event is unchanged.`,
      };
    case 'already-unsubscribed':
      return {
        heading: 'You are already unsubscribed',
        message: `You no longer receive e-mails${about}.`,
      };
    case 'no-longer-applies':
      return {
        heading: 'This link no longer applies',
        message:
          'The registration this link was sent for no longer exists: it changes nothing. If you registered again, use the link in the latest e-mail you received.',
      };
    case 'truncated':
      return {
        heading: 'Incomplete link',
        message:
          'This unsubscribe link is incomplete: copy all of it from the e-mail, or click it there.',
      };
    case 'not-valid':
      return {
        heading: 'Invalid link',
        message:
          'This unsubscribe link was altered or was not issued by this service: it changes nothing.',
      };
  }
}
