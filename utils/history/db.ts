import { openDB, type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { bodyOf } from '../../lib/match';
import type { Batch } from '../column/batch';
import { HistoryEntry, type StoredBody, type StoredCorrection } from './entry';

/**
 * The history database: every audit the extension ran, column batches, and the reviewer's
 * corrections of which report follows which. IndexedDB of the extension's own origin, so the
 * background and every extension page share it; content scripts (the page's origin) never open it.
 */
export interface HistorySchema extends DBSchema {
  /** One entry per report, keyed by its page (historyKey): auditing it again replaces the entry. */
  audits: { key: string; value: HistoryEntry; indexes: { savedAt: string } };
  batches: { key: string; value: Batch };
  /** A reviewer's corrections of the body pairing, one per pair of reports. */
  corrections: { key: string; value: StoredCorrection };
  /** What pairing reads of each entry's record (`bodyOf`), under the entry's key. */
  bodies: { key: string; value: StoredBody };
}

export const DB_NAME = 'gov-report-audit-history';

type Upgrade = IDBPTransaction<HistorySchema, StoreNames<HistorySchema>[], 'versionchange'>;
/**
 * Schema migrations: step i takes the database from version i to i + 1. Append, never edit: a
 * browser that kept an older version runs only the steps it has not seen.
 */
const MIGRATIONS: ReadonlyArray<(db: IDBPDatabase<HistorySchema>, tx: Upgrade) => void> = [
  (db) => {
    db.createObjectStore('audits', { keyPath: 'key' }).createIndex('savedAt', 'savedAt');
    db.createObjectStore('batches', { keyPath: 'id' });
  },
  (db) => {
    db.createObjectStore('corrections', { keyPath: 'id' });
  },
  (db, tx) => {
    db.createObjectStore('bodies', { keyPath: 'key' });
    // The entries an older version kept get theirs now, in the upgrade's own transaction.
    const bodies = tx.objectStore('bodies');
    void tx
      .objectStore('audits')
      .openCursor()
      .then(function next(cursor): Promise<void> | undefined {
        if (!cursor) return undefined;
        const entry = HistoryEntry.safeParse(cursor.value);
        if (entry.success) void bodies.put({ key: entry.data.key, record: bodyOf(entry.data.record) });
        return cursor.continue().then(next);
      });
  },
];
export const DB_VERSION = MIGRATIONS.length;

export type HistoryDb = IDBPDatabase<HistorySchema>;

/** Opens (and if need be upgrades) the history. `version` exists for the migration test. */
export function openHistory(name = DB_NAME, version = DB_VERSION): Promise<HistoryDb> {
  return openDB<HistorySchema>(name, version, {
    upgrade(db, oldVersion, newVersion, tx) {
      for (let v = oldVersion; v < (newVersion ?? version); v++) MIGRATIONS[v]!(db, tx);
    },
    // Another page holds an older version open: let it go so the upgrade can run.
    blocking(_current, _next, event) {
      (event.target as IDBDatabase).close();
    },
  });
}
