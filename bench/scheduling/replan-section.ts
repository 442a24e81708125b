import { markdownTable } from '../evaluation/results-table.js';
import { machineLine } from '../report/machine.js';
import { milliseconds, thousands } from '../support/format.js';
import type { ReplanResults, ReplanRow } from './replan-bench.js';

export const REPLAN_HEADING = '### Speed-meeting scheduling: re-planning around absentees';

const TARGET_MS = 2_000;
const TARGET_GAP = 0.01;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)} %`;
const score = (value: number) => value.toFixed(2);

/** The re-plan's figures on the case, and the verdict on its targets. */
export function replanSection(results: ReplanResults): string {
  const { rows } = results;
  const table = markdownTable(
    [
      'Case',
      'Rounds × tables',
      'Re-planned',
      'Wall (median)',
      'CPU ÷ wall',
      'Runs',
      'Meetings ahead: before / after',
      'Kept / moved / added / dropped',
      'Affected',
      'Total score ahead',
      'Upper bound',
      'Gap',
      'Shortfalls',
    ],
    rows.map((row) => {
      const { changes } = row.result;
      return [
        row.name,
        `${row.shape.rounds} × ${thousands(row.shape.tables)}`,
        `rounds ${row.fromRound}–${row.shape.rounds}, ${thousands(row.participants - row.absent)} present`,
        milliseconds(row.wallMs),
        row.cpuRatio.toFixed(2),
        row.runsMs.map(milliseconds).join(', '),
        `${thousands(row.meetingsBefore)} / ${thousands(
          row.result.meetings.filter((m) => m.round >= row.fromRound).length,
        )}`,
        [changes.kept, changes.moved, changes.added, changes.dropped]
          .map((list) => thousands(list.length))
          .join(' / '),
        thousands(changes.affected.length),
        score(row.result.totalScore),
        score(row.result.upperBound),
        percent(row.result.gap),
        thousands(row.result.shortfalls.length),
      ];
    }),
  );
  return [
    REPLAN_HEADING,
    '',
    `\`replanFromRound\` (src/scheduling/solver) in the bench process. Each event comes from ` +
      `bench/scheduling/scheduling-instance.ts (seed ${results.seed}): ${thousands(rows[0]?.participants ?? 0)} ` +
      `participants, half French, half Moroccan, top ${rows[0]?.shape.topK ?? 50} partners each, ` +
      `everyone attending every round, scheduled first by \`solveSchedule\`. Then ` +
      `${rows[0]?.absent ?? 0} participants drawn at random never check in, and the others are ` +
      `re-planned from round ${rows[0]?.fromRound ?? 0}: rounds before it stay, meetings of two ` +
      `present people stay at their seats, the seats freed are filled under the same rules (no ` +
      `pair twice over the event, maxima counting the rounds held). Timed from the call to its ` +
      `return (the first schedule excluded), ${results.repeat} runs, median shown (the re-plan ` +
      `must be identical each time). Score, bound and gap are those of the rounds re-planned; ` +
      `the bound is the time-free relaxation's optimum for those rounds with the kept seats ` +
      `fixed. "Tables for a fifth" has as many tables as the scheduling bench (one per five ` +
      `participants); "a table for every pair" lets everyone meet in every round.`,
    '',
    table,
    '',
    verdict(rows),
    '',
    `The machine is shared: 1-minute load average ${results.loadBefore.toFixed(1)} when the part ` +
      `started and ${results.loadAfter.toFixed(1)} when it ended, on 2 CPUs; CPU ÷ wall well ` +
      `under 1 means the re-plan waited for a core.`,
    '',
    machineLine(results.code),
  ].join('\n');
}

function verdict(rows: readonly ReplanRow[]): string {
  const parts = rows.map(
    (row) =>
      `${row.name}: ${milliseconds(row.wallMs)}, gap ${percent(row.result.gap)} — target ` +
      `"under ${TARGET_MS / 1000} s, gap ≤ ${TARGET_GAP * 100} %": ` +
      `${row.wallMs < TARGET_MS && row.result.gap <= TARGET_GAP ? 'met' : 'missed'}`,
  );
  return `**${parts.join('; ')}.**`;
}
