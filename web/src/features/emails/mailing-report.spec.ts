import { mailingBody, mailingSummaryOf, reportLines, wouldSend } from './mailing-report';

const result = {
  mailingId: 'm1',
  kind: 'suggestions',
  dryRun: true,
  recipients: 4,
  counts: { 'would-send': 2, skipped: 2 },
  skipped: { 'no-consent': 1, 'already-sent': 1 },
  report: [
    { externalId: 'REG-4', status: 'skipped', reason: 'no-consent' },
    { externalId: 'REG-2', status: 'would-send', items: ['REG-9'] },
    { externalId: 'REG-3', status: 'skipped', reason: 'already-sent' },
    { externalId: 'REG-1', status: 'would-send', items: ['REG-8'] },
  ],
};

describe('mailing dry-run report', () => {
  it('reads a planning job result, and nothing else', () => {
    expect(mailingSummaryOf(result)).toMatchObject({ dryRun: true, recipients: 4 });
    expect(mailingSummaryOf({ created: 3 })).toBeNull();
    expect(mailingSummaryOf(null)).toBeNull();
  });

  it('lists who gets an e-mail first, then the skipped grouped by reason', () => {
    const summary = mailingSummaryOf(result)!;
    expect(reportLines(summary).map((line) => line.externalId)).toEqual([
      'REG-1',
      'REG-2',
      'REG-3',
      'REG-4',
    ]);
    expect(wouldSend(summary)).toBe(2);
  });

  it('asks for one participant on a retry, everyone otherwise', () => {
    expect(mailingBody({ dryRun: false, participants: ['REG-1', 'REG-1'] })).toEqual({
      dryRun: false,
      participants: ['REG-1'],
    });
    expect(mailingBody({ dryRun: true, participants: [] })).toEqual({ dryRun: true });
  });
});
