/** A pair of participants named by their external ids. */
export type ExternalIdPair = [string, string];

/** An extra pause after a round (lunch, plenary), on top of the usual break between rounds. */
export interface ScheduleBreak {
  afterRound: number;
  minutes: number;
}

/** What the organiser asked for, defaults filled in: stored whole so a schedule is reproducible. */
export interface ScheduleParams {
  rounds: number;
  tables: number;
  startAt: string;
  timeZone: string;
  roundMinutes: number;
  breakMinutes: number;
  breaks: ScheduleBreak[];
  minScore: number;
  minMeetings: number;
  maxMeetings: number;
  mustMeet: ExternalIdPair[];
  mustNotMeet: ExternalIdPair[];
  allowInterpreterPairs: boolean;
  seed: number;
  /** The schedule this one regenerates: its published meetings stay, the others move little. */
  lockedFrom: string | null;
  /** Published meetings of `lockedFrom` may move too. */
  releasePublished: boolean;
}
