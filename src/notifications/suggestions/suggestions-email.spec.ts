import type { MatchDto } from '../../matching/dto/match.dto.js';
import { composeSuggestionsEmail, SuggestionsEmailInput } from './suggestions-email.js';

function match(overrides: Partial<MatchDto['partner']>, score: number, rank: number): MatchDto {
  return {
    partner: {
      externalId: `MA-${rank}`,
      fullName: 'Fatima Zahra Aït Benhaddou',
      organisation: 'Commune de Taliouine',
      organisationType: 'collectivite',
      country: 'MA',
      region: 'Souss-Massa',
      massif: 'anti-atlas',
      themes: ['sustainable-tourism'],
      ...overrides,
    },
    score,
    rank,
    needsInterpreter: false,
    reasons: [
      {
        kind: 'complementarity',
        share: 0.6,
        text: 'Son offre (circuits de randonnée) répond à votre besoin (tourisme durable)',
      },
      { kind: 'themes', share: 0.4, text: 'Thème commun : tourisme durable' },
    ],
  };
}

const MATCHES = [
  match({}, 0.734, 1),
  match(
    {
      externalId: 'MA-2',
      fullName: 'Youssef <b>El Idrissi</b>',
      organisation: 'Coopérative <script>alert(1)</script>',
      organisationType: 'association',
      region: null,
      massif: 'haut-atlas',
    },
    0.512,
    2,
  ),
];

const INPUT: SuggestionsEmailInput = {
  lang: 'fr',
  eventName: 'Rencontres Franco-Marocaines de la Montagne',
  recipientName: 'Étienne Garnier',
  matches: MATCHES,
  contact: {
    organiserName: 'Cluster Montagne',
    organiserEmail: 'rdv@cluster.example.org',
    canReply: true,
  },
  unsubscribeUrl: 'http://localhost:3000/unsubscribe/TOKEN',
};

describe('composeSuggestionsEmail', () => {
  it('lists each partner with organisation, country, territory and reasons, in French', () => {
    const email = composeSuggestionsEmail(INPUT);
    expect(email.subject).toBe(
      'Vos contacts suggérés pour « Rencontres Franco-Marocaines de la Montagne »',
    );
    for (const part of [email.html, email.text]) {
      expect(part).toContain('Bonjour Étienne Garnier,');
      expect(part).toContain('1. Commune de Taliouine');
      expect(part).toContain('Collectivité territoriale');
      expect(part).toContain('Maroc · Souss-Massa · Anti-Atlas');
      expect(part).toContain('Maroc · Haut Atlas');
      expect(part).toContain('Thème commun : tourisme durable');
      expect(part).toContain('http://localhost:3000/unsubscribe/TOKEN');
    }
    expect(email.html).toContain('<html lang="fr">');
    expect(email.items).toEqual(['MA-1', 'MA-2']);
  });

  it('escapes what participants typed in the HTML part, and keeps it as typed in the text part', () => {
    const email = composeSuggestionsEmail(INPUT);
    expect(email.html).not.toContain('<script>');
    expect(email.html).not.toContain('<b>El');
    expect(email.html).toContain('Coopérative &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(email.text).toContain('Coopérative <script>alert(1)</script>');
  });

  it('offers a meeting request to the organiser for each partner', () => {
    const { html, text } = composeSuggestionsEmail(INPUT);
    expect(html).toContain('écrivez à Cluster Montagne (rdv@cluster.example.org)');
    const links = [...html.matchAll(/href="(mailto:[^"]+)"/g)].map(([, href]) =>
      href.replace(/&amp;/g, '&').replace(/&#x3D;/g, '='),
    );
    expect(links).toHaveLength(2);
    const request = new URL(links[0]);
    expect(request.pathname).toBe('rdv@cluster.example.org');
    expect(request.searchParams.get('subject')).toBe(
      'Demande de rendez-vous : Fatima Zahra Aït Benhaddou (Commune de Taliouine)',
    );
    expect(text).toContain('écrivez à Cluster Montagne (rdv@cluster.example.org)');
    expect(text).not.toContain('mailto:');
  });

  it('says to reply, or to ask the organisers, when the event names no organiser address', () => {
    const reply = composeSuggestionsEmail({
      ...INPUT,
      contact: { organiserName: null, organiserEmail: null, canReply: true },
    });
    expect(reply.html).toContain('répondez à cet e-mail');
    expect(reply.html).not.toContain('mailto:');
    const ask = composeSuggestionsEmail({
      ...INPUT,
      contact: { organiserName: null, organiserEmail: null, canReply: false },
    });
    expect(ask.text).toContain(
      'adressez-vous à l’équipe d’organisation à l’accueil de l’événement',
    );
    expect(ask.text).toContain('Ne répondez pas à cet e-mail');
    // The footer says it too, plainly: nobody reads replies.
    expect(ask.text).toContain('ne reçoit pas les réponses : pour toute question');
    expect(ask.html).toContain('ne reçoit pas les réponses : pour toute question');
    expect(reply.text).toContain('Une question ? Répondez à cet e-mail');
  });

  it('names the organiser and their address in the footer when the event gives one', () => {
    const email = composeSuggestionsEmail(INPUT);
    expect(email.text).toContain(
      'Une question ? Écrivez à Cluster Montagne : rdv@cluster.example.org.',
    );
  });

  it('writes in English when asked', () => {
    const email = composeSuggestionsEmail({ ...INPUT, lang: 'en' });
    expect(email.subject).toBe(
      'Your suggested contacts for “Rencontres Franco-Marocaines de la Montagne”',
    );
    expect(email.html).toContain('<html lang="en">');
    expect(email.text).toContain('Hello Étienne Garnier,');
    expect(email.text).toContain('Morocco · Souss-Massa · Anti-Atlas');
    expect(email.text).toContain('Local authority');
    expect(email.text).toContain('Stop receiving e-mails about this event');
  });

  describe('fingerprint', () => {
    const fingerprint = (input: Partial<SuggestionsEmailInput>) =>
      composeSuggestionsEmail({ ...INPUT, ...input }).fingerprint;

    it('is the partners shown and their scores to two decimals, with the language', () => {
      expect(fingerprint({})).toEqual({
        lang: 'fr',
        partners: [
          ['MA-1', 0.73],
          ['MA-2', 0.51],
        ],
      });
    });

    it('ignores reworded reasons and hair-thin score changes', () => {
      const reworded = MATCHES.map((m) => ({ ...m, score: m.score + 0.0004, reasons: [] }));
      expect(fingerprint({ matches: reworded })).toEqual(fingerprint({}));
    });

    it('changes with the partners, their order, a visible score change, or the language', () => {
      const base = JSON.stringify(fingerprint({}));
      const changed = [
        fingerprint({ matches: MATCHES.slice(0, 1) }),
        fingerprint({ matches: [...MATCHES].reverse() }),
        fingerprint({ matches: [{ ...MATCHES[0], score: 0.69 }, MATCHES[1]] }),
        fingerprint({ lang: 'en' }),
      ];
      for (const other of changed) expect(JSON.stringify(other)).not.toBe(base);
    });
  });
});
