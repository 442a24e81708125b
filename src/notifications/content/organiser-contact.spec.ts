import { resolveEventSettings, type EventSettingsInput } from '../../events/event-settings.js';
import type { EventEntity } from '../../events/event.entity.js';
import { replyToFor } from '../mailings/reply-to.js';
import { mailingWarnings, organiserContact } from './organiser-contact.js';
import { footerMessages } from './layout-messages.js';

const MAIL_FROM = 'Rencontres <no-reply@example.org>';
const event = (settings: EventSettingsInput) =>
  ({ slug: 'essai', settings: resolveEventSettings(settings) }) as EventEntity;

describe('whom participants write to', () => {
  it('is the organiser when the event names their address, with no warning', () => {
    const withOrganiser = event({ organiserName: 'Cluster', organiserEmail: 'rdv@example.org' });
    const config = { replyTo: null, mailFrom: MAIL_FROM };
    expect(replyToFor(withOrganiser.settings, null)).toEqual({
      name: 'Cluster',
      address: 'rdv@example.org',
    });
    expect(mailingWarnings(withOrganiser, config)).toEqual([]);
    expect(footerMessages('fr', 'RFMM', organiserContact(withOrganiser, config)).contact).toBe(
      'Une question ? Écrivez à Cluster : rdv@example.org.',
    );
  });

  it('falls back to REPLY_TO, with no warning', () => {
    const bare = event({});
    const config = { replyTo: 'equipe@example.org', mailFrom: MAIL_FROM };
    expect(replyToFor(bare.settings, config.replyTo)).toBe('equipe@example.org');
    expect(mailingWarnings(bare, config)).toEqual([]);
    expect(footerMessages('en', 'RFMM', organiserContact(bare, config)).contact).toBe(
      'Any question? Reply to this e-mail and the organising team will read it.',
    );
  });

  it('warns the organiser when nobody can be written to, and says so plainly in the e-mail', () => {
    const bare = event({ organiserName: 'Cluster' });
    const config = { replyTo: null, mailFrom: MAIL_FROM };
    expect(replyToFor(bare.settings, null)).toBeNull();
    const [warning, ...others] = mailingWarnings(bare, config);
    expect(others).toEqual([]);
    expect(warning).toMatch(/^no-contact: event "essai" names no organiserEmail/);
    expect(warning).toContain(MAIL_FROM);
    expect(footerMessages('en', 'RFMM', organiserContact(bare, config)).contact).toBe(
      'This e-mail comes from an address that receives no replies: for any question, ask Cluster of “RFMM” at the event’s welcome desk or through the site where you registered.',
    );
  });
});
