import { z } from 'zod';
import { AuditRecord, BodyRecord } from '../../lib/model';
import { pageKey } from '../../lib/column/links';

/** How an audit reached the history. */
export const Via = z.enum(['page', 'batch', 'import', 'pdf']);
export type Via = z.infer<typeof Via>;

/** One report in the history: its audit record and where it came from. */
export const HistoryEntry = z.object({
  /** The report's page without its fragment: the same report audited again replaces its entry. */
  key: z.string(),
  record: AuditRecord,
  /** When the entry was last written (the audit's own time is record.export.source.auditedAt). */
  savedAt: z.string(),
  via: Via,
  /** The column batch that audited it, if one did. */
  batchId: z.string().optional(),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

/**
 * What pairing reads of an entry's record, kept beside it under the same key: finding a report's
 * predecessor (on every page audit, and when the popup opens) reads these, a few hundred bytes
 * each, and then the one record it needs, never every record.
 */
export const StoredBody = z.object({ key: z.string(), record: BodyRecord });
export type StoredBody = z.infer<typeof StoredBody>;

/**
 * A reviewer's decision that two reports (by `source.url`) are, or are not, the same body's: the
 * `Correction` of lib/match, kept under one id per pair of reports.
 */
export const StoredCorrection = z.object({ id: z.string(), a: z.string(), b: z.string(), same: z.boolean() });
export type StoredCorrection = z.infer<typeof StoredCorrection>;

/** One id for a pair of reports, whichever order they come in. */
export const correctionId = (a: string, b: string): string => (a < b ? `${a}\n${b}` : `${b}\n${a}`);

export const historyKey = (url: string): string => pageKey(url);

export const HISTORY_FILE_SCHEMA = 'gov-report-audit/history/v1';

/** The whole history as a file a colleague can load. */
export const HistoryFile = z.object({
  schema: z.literal(HISTORY_FILE_SCHEMA),
  exportedAt: z.string(),
  entries: z.array(HistoryEntry),
  corrections: z.array(StoredCorrection),
});
export type HistoryFile = z.infer<typeof HistoryFile>;
