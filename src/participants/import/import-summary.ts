import type { ParticipantImportEntity } from './participant-import.entity.js';

export interface ImportCounts {
  created: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

/** What the import job returns: small (ids and counts), the details stay in the database. */
export interface ImportSummary {
  importId: string;
  status: ParticipantImportEntity['status'];
  counts: ImportCounts;
}

export function countsOf(record: ParticipantImportEntity): ImportCounts {
  return {
    created: record.createdCount,
    updated: record.updatedCount,
    unchanged: record.unchangedCount,
    rejected: record.rejectedCount,
  };
}

export function summaryOf(record: ParticipantImportEntity): ImportSummary {
  return { importId: record.id, status: record.status, counts: countsOf(record) };
}
