import type { EmailLanguage } from '../content/email-language.js';
import { htmlTemplate } from '../templates/render-email.js';
import { UNSUBSCRIBED_PAGE_HTML } from '../templates/unsubscribed-page.html.js';

interface Section {
  lang: EmailLanguage;
  heading: string;
  message: string;
}

const page = htmlTemplate<{ lang: EmailLanguage; title: string; sections: Section[] }>(
  UNSUBSCRIBED_PAGE_HTML,
);

/** "You will receive no more e-mails", in French and English, the reader's language first. */
export function unsubscribedPage(lang: EmailLanguage, eventName: string | null): string {
  const sections: Section[] = [
    {
      lang: 'fr',
      heading: 'Désinscription enregistrée',
      message: eventName
        ? `Vous ne recevrez plus d’e-mails au sujet de « ${eventName} ». Votre inscription à l’événement n’est pas modifiée.`
        : 'Vous ne recevrez plus d’e-mails de notre part.',
    },
    {
      lang: 'en',
      heading: 'You have been unsubscribed',
      message: eventName
        ? `You will receive no more e-mails about “${eventName}”. Your registration for the event is unchanged.`
        : 'You will receive no more e-mails from us.',
    },
  ];
  if (lang === 'en') sections.reverse();
  return page({ lang, title: sections[0].heading, sections });
}
