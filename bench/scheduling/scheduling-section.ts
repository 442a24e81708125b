import { markdownTable } from '../evaluation/results-table.js';
import { machineLine } from '../report/machine.js';
import { milliseconds, thousands } from '../support/format.js';
import type { SchedulingResults, SchedulingRow } from './scheduling-bench.js';

export const SCHEDULING_HEADING = '### Speed-meeting scheduling: the solver alone';

const TARGET_BIG_MS = 10_000;
const TARGET_SMALL_MS = 1_000;
const TARGET_GAP = 0.02;

const percent = (fraction: number) => `${(fraction * 100).toFixed(3)} %`;
const score = (value: number) => value.toFixed(2);

/** The solver's figures on the four issue cases, and the verdict on its targets. */
export function schedulingSection(results: SchedulingResults): string {
  const { rows } = results;
  const table = markdownTable(
    [
      'Case',
      'Rounds × tables',
      'Candidate pairs: listed / distinct',
      'Wall (median)',
      'CPU ÷ wall',
      'Method',
      'Meetings',
      'Total score',
      'Upper bound',
      'Gap',
      'Meetings per person (min / mean / max)',
      'Shortfalls',
    ],
    rows.map((row) => [
      row.name,
      `${row.shape.rounds} × ${thousands(row.shape.tables)}`,
      `${thousands(row.candidatePairs)} / ${thousands(row.distinctPairs)}`,
      milliseconds(row.wallMs),
      row.cpuRatio.toFixed(2),
      row.solution.method,
      thousands(row.solution.meetings.length),
      score(row.solution.totalScore),
      score(row.solution.upperBound),
      percent(row.solution.gap),
      `${row.perPerson.min} / ${row.perPerson.mean.toFixed(2)} / ${row.perPerson.max}`,
      thousands(row.solution.shortfalls.length),
    ]),
  );
  const late = rows.find((row) => row.lateRegistration);
  return [
    SCHEDULING_HEADING,
    '',
    `\`solveSchedule\` (src/scheduling/solver) in the bench process on events from ` +
      `bench/scheduling/scheduling-instance.ts (seed ${results.seed}): half French, half Moroccan; ` +
      `each participant lists their top ${rows[0]?.shape.topK ?? 50} partners on the other side ` +
      `(scores from shared themes, a personal appeal and pair noise), so most pairs come twice, ` +
      `once from each side. Absences are drawn per person. Default rules: minimum 1 meeting, ` +
      `maximum = rounds, no minimum score. Each case is solved ${results.repeat} times (the ` +
      `schedule must be identical each time); the table gives the median wall time. The gap is ` +
      `(bound − total) ÷ bound. With full attendance the method is exact and the bound is the ` +
      `optimum of the ordered objective (everyone up to their minimum first, then score); with ` +
      `absences it is the optimum of the time-free relaxation — for the ordered objective when ` +
      `the schedule brings as many people up to their minimum as the relaxation does, else for ` +
      `score alone.`,
    '',
    table,
    '',
    late?.lateRegistration ? lateSentence(late) : '',
    '',
    verdict(rows),
    '',
    machineLine(results.code),
  ]
    .filter((line, i, all) => !(line === '' && all[i - 1] === ''))
    .join('\n');
}

function lateSentence(row: SchedulingRow): string {
  const late = row.lateRegistration;
  if (!late) return '';
  return (
    `**Late registration** (${row.name}): one more participant with ${row.shape.topK} partners, ` +
    `solved again with the first schedule as \`previous\` in ${milliseconds(late.wallMs)}: they ` +
    `get ${late.lateMeetings} meetings and ${late.moved} of the ${thousands(late.meetings)} ` +
    `meetings change pair, round or table.`
  );
}

function verdict(rows: readonly SchedulingRow[]): string {
  const find = (perSide: number, absences: boolean) =>
    rows.find(
      (row) => row.shape.perSide === perSide && (row.shape.missedRounds !== null) === absences,
    );
  const parts: string[] = [];
  const big = find(1000, false);
  if (big)
    parts.push(
      `2,000 full attendance ${milliseconds(big.wallMs)}, gap ${percent(big.solution.gap)} — ` +
        `target "under ${TARGET_BIG_MS / 1000} s, gap 0": ` +
        `${big.wallMs < TARGET_BIG_MS && big.solution.gap === 0 ? 'met' : 'missed'}`,
    );
  const absent = find(1000, true);
  if (absent)
    parts.push(
      `2,000 with absences gap ${percent(absent.solution.gap)} in ${milliseconds(absent.wallMs)} — ` +
        `target "gap under 2 %": ${absent.solution.gap < TARGET_GAP ? 'met' : 'missed'}`,
    );
  const small = rows.filter((row) => row.shape.perSide === 100);
  if (small.length)
    parts.push(
      `200 × 6 rounds ${small.map((row) => milliseconds(row.wallMs)).join(' and ')} — target ` +
        `"under 1 s": ${small.every((row) => row.wallMs < TARGET_SMALL_MS) ? 'met' : 'missed'}`,
    );
  return `**${parts.join('; ')}.**`;
}
