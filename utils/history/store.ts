import { bodyOf } from '../../lib/match';
import type { AuditRecord } from '../../lib/model';
import { Batch } from '../column/batch';
import type { HistoryDb } from './db';
import { HISTORY_FILE_SCHEMA, HistoryEntry, HistoryFile, StoredBody, StoredCorrection, correctionId, historyKey, type Via } from './entry';

/** Storage is full: said in words a reviewer can act on. */
export class HistoryFullError extends Error {
  readonly zh = '浏览器存储空间已满，本次核查结果未能保存到历史记录。请在历史记录页导出并删除部分旧记录后重试。';
  readonly en = 'Browser storage is full: this audit was not saved to the history. Export the history, delete old entries and try again.';
  constructor() {
    super('history storage full');
  }
}

// Chrome and the spec say QuotaExceededError; older Firefox said NS_ERROR_DOM_QUOTA_REACHED.
const isQuota = (error: unknown): boolean =>
  error instanceof DOMException ? /Quota/i.test(error.name) || error.name === 'NS_ERROR_DOM_QUOTA_REACHED' : false;

async function writing<T>(job: () => Promise<T>): Promise<T> {
  try {
    return await job();
  } catch (error) {
    throw isQuota(error) || isQuota((error as { target?: { error?: unknown } })?.target?.error) ? new HistoryFullError() : error;
  }
}

/** Keeps an audit, replacing the entry of the same report. Reports that are not reports are not kept. */
export async function saveRecord(db: HistoryDb, record: AuditRecord, via: Via, batchId?: string): Promise<HistoryEntry | null> {
  if (record.export.verdict.status === 'not-a-report') return null;
  const entry: HistoryEntry = {
    key: historyKey(record.export.source.url),
    record,
    savedAt: new Date().toISOString(),
    via,
    ...(batchId ? { batchId } : {}),
  };
  const tx = db.transaction(['audits', 'bodies'], 'readwrite');
  await writing(() => Promise.all([tx.objectStore('audits').put(entry), tx.objectStore('bodies').put(bodyEntry(entry)), tx.done]));
  return entry;
}

const bodyEntry = (entry: HistoryEntry): StoredBody => ({ key: entry.key, record: bodyOf(entry.record) });

/** Every entry, newest audit first. Entries a newer or older version wrote in another shape are skipped, not fatal. */
export async function listEntries(db: HistoryDb): Promise<HistoryEntry[]> {
  const all = await db.getAll('audits');
  return all
    .flatMap((raw) => {
      const parsed = HistoryEntry.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.record.export.source.auditedAt.localeCompare(a.record.export.source.auditedAt));
}

/** What pairing reads of every entry (lib/match), without reading the records. */
export async function listBodies(db: HistoryDb): Promise<StoredBody[]> {
  return (await db.getAll('bodies')).flatMap((raw) => {
    const parsed = StoredBody.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function getEntry(db: HistoryDb, key: string): Promise<HistoryEntry | null> {
  const parsed = HistoryEntry.safeParse(await db.get('audits', key));
  return parsed.success ? parsed.data : null;
}

/** Deletes entries (a reviewer's corrections stay: they are about reports, and cost nothing). */
export async function deleteEntries(db: HistoryDb, keys: readonly string[]): Promise<void> {
  const tx = db.transaction(['audits', 'bodies'], 'readwrite');
  await Promise.all([...keys.flatMap((k) => [tx.objectStore('audits').delete(k), tx.objectStore('bodies').delete(k)]), tx.done]);
}

export async function listCorrections(db: HistoryDb): Promise<StoredCorrection[]> {
  return (await db.getAll('corrections')).flatMap((raw) => {
    const parsed = StoredCorrection.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Records that two reports (by URL) are, or are not, the same body's; `null` forgets the decision. */
export async function setCorrection(db: HistoryDb, a: string, b: string, same: boolean | null): Promise<void> {
  const id = correctionId(a, b);
  await writing(async () => {
    if (same === null) await db.delete('corrections', id);
    else await db.put('corrections', { id, a, b, same });
  });
}

export async function exportHistory(db: HistoryDb, now = new Date()): Promise<HistoryFile> {
  return { schema: HISTORY_FILE_SCHEMA, exportedAt: now.toISOString(), entries: await listEntries(db), corrections: await listCorrections(db) };
}

export type ImportResult = { ok: true; entries: number } | { ok: false; zh: string; en: string };

/** Loads a history file: its entries replace those of the same reports; nothing is written if the file is not one. */
export async function importHistory(db: HistoryDb, text: string): Promise<ImportResult> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, zh: '文件不是 JSON，未导入。', en: 'The file is not JSON; nothing was imported.' };
  }
  const parsed = HistoryFile.safeParse(json);
  if (!parsed.success) {
    return { ok: false, zh: '文件不是本扩展导出的历史记录，未导入。', en: 'The file is not a history exported by this extension; nothing was imported.' };
  }
  const tx = db.transaction(['audits', 'bodies', 'corrections'], 'readwrite');
  await writing(() =>
    Promise.all([
      ...parsed.data.entries.flatMap((e) => [tx.objectStore('audits').put(e), tx.objectStore('bodies').put(bodyEntry(e))]),
      ...parsed.data.corrections.map((c) => tx.objectStore('corrections').put(c)),
      tx.done,
    ]),
  );
  return { ok: true, entries: parsed.data.entries.length };
}

export async function saveBatch(db: HistoryDb, batch: Batch): Promise<void> {
  await writing(() => db.put('batches', batch));
}

export async function getBatch(db: HistoryDb, id: string): Promise<Batch | null> {
  const parsed = Batch.safeParse(await db.get('batches', id));
  return parsed.success ? parsed.data : null;
}

export async function listBatches(db: HistoryDb): Promise<Batch[]> {
  return (await db.getAll('batches'))
    .flatMap((raw) => {
      const parsed = Batch.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => b.startedAt.localeCompare(a.startedAt));
}
