import { storage } from '#imports';
import type { AuditRecord } from '../../lib/model';
import { openHistory, type HistoryDb } from './db';
import { HistoryFullError, saveRecord } from './store';

/**
 * Set while the history could not keep an audit because storage is full; the history page says
 * so until an audit is kept again. The background writes it; nobody else sees its failure.
 */
export const historyFull = storage.defineItem<boolean>('local:historyFull', { fallback: false });

let db: Promise<HistoryDb> | null = null;

/** The background's side of the history: keeps a visited page's audit record. */
export async function keepInHistory(record: AuditRecord): Promise<void> {
  db ??= openHistory();
  try {
    await saveRecord(await db, record, 'page');
    if (await historyFull.getValue()) await historyFull.setValue(false);
  } catch (error) {
    if (error instanceof HistoryFullError) await historyFull.setValue(true);
    throw error;
  }
}
