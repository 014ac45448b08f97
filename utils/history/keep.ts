import { storage } from '#imports';
import type { AuditRecord } from '../../lib/model';
import { confirmedPrevious, yearLinks } from './years';
import { openHistory, type HistoryDb } from './db';
import { historyKey } from './entry';
import { HistoryFullError, listCorrections, listEntries, saveRecord } from './store';

/**
 * Set while the history could not keep an audit because storage is full; the history page says
 * so until an audit is kept again. The background writes it; nobody else sees its failure.
 */
export const historyFull = storage.defineItem<boolean>('local:historyFull', { fallback: false });

let db: Promise<HistoryDb> | null = null;

/**
 * The background's side of the history: keeps a visited page's audit record and answers with the
 * same body's report of the year before, if the history has it, so the page's own audit counts
 * the cross-year rules too. A full storage still gets the answer: the comparison does not need the write.
 */
export async function keepInHistory(record: AuditRecord): Promise<AuditRecord | null> {
  db ??= openHistory();
  const history = await db;
  try {
    await saveRecord(history, record, 'page');
    if (await historyFull.getValue()) await historyFull.setValue(false);
  } catch (error) {
    if (!(error instanceof HistoryFullError)) throw error;
    await historyFull.setValue(true);
  }
  const [entries, corrections] = await Promise.all([listEntries(history), listCorrections(history)]);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  return confirmedPrevious(historyKey(record.export.source.url), byKey, yearLinks(entries, corrections))?.record ?? null;
}
