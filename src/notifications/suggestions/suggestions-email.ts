import type { MatchDto } from '../../matching/dto/match.dto.js';
import type { EmailContent } from '../content/email-content.js';
import type { EmailLanguage } from '../content/email-language.js';
import { emailLayout } from '../content/layout-messages.js';
import { organisationTypeLabel, placeLabel } from '../content/place-labels.js';
import { htmlTemplate, renderEmail, textTemplate } from '../templates/render-email.js';
import { SUGGESTIONS_HTML } from '../templates/suggestions.html.js';
import { SUGGESTIONS_TEXT } from '../templates/suggestions.text.js';
import { MeetingContact, suggestionsMessages } from './suggestions-messages.js';

export interface SuggestionsEmailInput {
  lang: EmailLanguage;
  eventName: string;
  recipientName: string;
  /** The recipient's top partners, as GET …/matches gives them (reasons already in `lang`). */
  matches: readonly MatchDto[];
  contact: MeetingContact;
  unsubscribeUrl: string;
}

interface PartnerCard {
  rank: number;
  organisation: string;
  fullName: string;
  organisationType: string;
  place: string;
  reasons: string[];
  meetingUrl: string | null;
}

interface SuggestionsBody {
  greeting: string;
  intro: string;
  whyLabel: string;
  meetingButton: string;
  meetingHowTo: string;
  meetingHowToText: string;
  closing: string;
  partners: PartnerCard[];
}

const body = {
  html: htmlTemplate<SuggestionsBody>(SUGGESTIONS_HTML),
  text: textTemplate<SuggestionsBody>(SUGGESTIONS_TEXT),
};

/**
 * What identifies a suggestions e-mail: its language and the partners it shows with their
 * scores, rounded as a reader would see them change. New partners or a real change of score
 * make a new version; a reworded reason or a hair's change of score does not.
 */
export function suggestionsFingerprint(lang: EmailLanguage, matches: readonly MatchDto[]) {
  return {
    lang,
    partners: matches.map((match) => [
      match.partner.externalId,
      Math.round(match.score * 100) / 100,
    ]),
  };
}

/** The suggested-contacts e-mail, both parts, from a participant's matches. */
export function composeSuggestionsEmail(input: SuggestionsEmailInput): EmailContent {
  const { lang, eventName, recipientName, matches, contact } = input;
  const messages = suggestionsMessages(lang, {
    eventName,
    recipientName,
    count: matches.length,
    contact,
  });
  const partners = matches.map(({ partner, rank, reasons }): PartnerCard => {
    const mailto = contact.organiserEmail
      ? `mailto:${contact.organiserEmail}?subject=${encodeURIComponent(messages.meetingSubject(partner))}` +
        `&body=${encodeURIComponent(messages.meetingBody(partner))}`
      : null;
    return {
      rank,
      organisation: partner.organisation,
      fullName: partner.fullName,
      organisationType: organisationTypeLabel(partner.organisationType, lang),
      place: placeLabel(partner, lang),
      reasons: reasons.map((reason) => reason.text),
      meetingUrl: mailto,
    };
  });
  const { html, text } = renderEmail(
    emailLayout(lang, eventName, messages, input.unsubscribeUrl, contact),
    body,
    { ...messages, partners },
  );
  return {
    lang,
    subject: messages.subject,
    html,
    text,
    attachments: [],
    fingerprint: suggestionsFingerprint(lang, matches),
    items: matches.map((match) => match.partner.externalId),
  };
}
