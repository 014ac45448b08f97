import { storage } from '#imports';
import type { AuditRecord } from '../../lib/model';
import { confirmedPreviousKey, yearLinks } from './years';
import { openHistory, type HistoryDb } from './db';
import { historyKey } from './entry';
import { getEntry, HistoryFullError, listBodies, listCorrections, saveRecord } from './store';

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
  // Pairing reads every entry's body; only the one record it names is read.
  const [bodies, corrections] = await Promise.all([listBodies(history), listCorrections(history)]);
  const previous = confirmedPreviousKey(historyKey(record.export.source.url), yearLinks(bodies, corrections));
  return previous === null ? null : ((await getEntry(history, previous))?.record ?? null);
}
