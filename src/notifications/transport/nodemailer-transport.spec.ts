import { simpleParser } from 'mailparser';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../../config/app-config.js';
import { NodemailerTransport } from './nodemailer-transport.js';

describe('NodemailerTransport without SMTP_URL', () => {
  let outbox: string;
  beforeEach(async () => {
    outbox = await mkdtemp(join(tmpdir(), 'outbox-'));
  });
  afterEach(() => rm(outbox, { recursive: true, force: true }));

  it('writes each message as an .eml file in the outbox folder', async () => {
    const transport = new NodemailerTransport({
      ...loadConfig({}),
      mailOutboxDir: join(outbox, 'nested'),
      mailFrom: 'Rencontres <rfmm@example.org>',
    });
    const sent = await transport.send({
      to: 'fz.aitbenhaddou@example.ma',
      replyTo: { name: 'Cluster "Montagne"', address: 'rdv@cluster.example.org' },
      subject: 'Vos contacts suggérés',
      html: '<p>Bonjour Fatima</p>',
      text: 'Bonjour Fatima',
      attachments: [],
      unsubscribeUrl: 'http://localhost:3000/unsubscribe/TOKEN',
    });

    const files = await readdir(join(outbox, 'nested'));
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    const message = await simpleParser(await readFile(join(outbox, 'nested', files[0])));
    expect(message.messageId).toBe(sent.messageId);
    expect(message.subject).toBe('Vos contacts suggérés');
    expect(message.from?.value[0]).toEqual({ name: 'Rencontres', address: 'rfmm@example.org' });
    expect(message.replyTo?.value[0]).toEqual({
      name: 'Cluster "Montagne"',
      address: 'rdv@cluster.example.org',
    });
    expect(message.to).toMatchObject({ text: 'fz.aitbenhaddou@example.ma' });
    expect(message.html).toContain('<p>Bonjour Fatima</p>');
    expect(message.text?.trim()).toBe('Bonjour Fatima');
    // mailparser gathers the List-* headers under 'list'.
    expect(message.headers.get('list')).toEqual({
      unsubscribe: { url: 'http://localhost:3000/unsubscribe/TOKEN' },
    });
    transport.onApplicationShutdown();
  });
});
