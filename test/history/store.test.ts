import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditedText } from '../../lib/audit';
import { bodyOf } from '../../lib/match';
import type { AuditRecord } from '../../lib/model';
import { newBatch } from '../../utils/column/batch';
import { DB_VERSION, openHistory, type HistoryDb } from '../../utils/history/db';
import {
  deleteEntries,
  exportHistory,
  getBatch,
  HistoryFullError,
  importHistory,
  listCorrections,
  listBodies,
  listEntries,
  saveBatch,
  saveRecord,
  setCorrection,
} from '../../utils/history/store';
import { seedsDir } from '../support/paths';

let n = 0;
const fresh = (): Promise<HistoryDb> => openHistory(`test-${++n}`);
const seed = (name: string) => readFileSync(resolve(seedsDir, name), 'utf8');
const record = (url: string, at: string, file = '000_65580b5228a13858.txt'): AuditRecord => auditedText(seed(file), { url, at: new Date(at) });
const URL_A = 'http://www.example.gov.cn/a.html';

describe('history store', () => {
  it('keeps one entry per report: auditing it again replaces the entry', async () => {
    const db = await fresh();
    await saveRecord(db, record(URL_A, '2026-01-01T00:00:00Z'), 'page');
    await saveRecord(db, record(`${URL_A}#section-3`, '2026-02-01T00:00:00Z'), 'batch', 'b1');
    await saveRecord(db, record('http://www.example.gov.cn/b.html', '2026-01-15T00:00:00Z', '001_c325cc46ff398540.txt'), 'page');
    const entries = await listEntries(db);
    expect(entries.map((e) => [e.key, e.via, e.record.export.source.auditedAt])).toEqual([
      [URL_A, 'batch', '2026-02-01T00:00:00.000Z'],
      ['http://www.example.gov.cn/b.html', 'page', '2026-01-15T00:00:00.000Z'],
    ]);
  });

  it('does not keep pages that are not reports', async () => {
    const db = await fresh();
    expect(await saveRecord(db, auditedText('县政府召开会议', { url: URL_A }), 'page')).toBeNull();
    expect(await listEntries(db)).toEqual([]);
  });

  it('exports the whole history, and importing the file into another browser reproduces it', async () => {
    const db = await fresh();
    await saveRecord(db, record(URL_A, '2026-01-01T00:00:00Z'), 'page');
    await saveRecord(db, record('http://www.example.gov.cn/b.html', '2026-01-02T00:00:00Z', '001_c325cc46ff398540.txt'), 'batch', 'b');
    await setCorrection(db, URL_A, 'http://www.example.gov.cn/b.html', false);
    const file = await exportHistory(db);

    const other = await fresh();
    expect(await importHistory(other, JSON.stringify(file))).toEqual({ ok: true, entries: 2 });
    expect(await listEntries(other)).toEqual(await listEntries(db));
    expect(await listCorrections(other)).toEqual(await listCorrections(db));
    // Importing again replaces, never doubles.
    await importHistory(other, JSON.stringify(file));
    expect(await listEntries(other)).toHaveLength(2);
  });

  it('refuses a file that is not a history, and writes nothing', async () => {
    const db = await fresh();
    const notJson = await importHistory(db, 'not json');
    expect(notJson.ok).toBe(false);
    const wrong = await importHistory(db, JSON.stringify([record(URL_A, '2026-01-01T00:00:00Z').export]));
    expect(wrong).toMatchObject({ ok: false, zh: expect.stringContaining('不是本扩展导出的历史记录') });
    expect(await listEntries(db)).toEqual([]);
  });

  it('deletes the chosen entries only', async () => {
    const db = await fresh();
    await saveRecord(db, record(URL_A, '2026-01-01T00:00:00Z'), 'page');
    await saveRecord(db, record('http://www.example.gov.cn/b.html', '2026-01-02T00:00:00Z'), 'page');
    await deleteEntries(db, [URL_A]);
    expect((await listEntries(db)).map((e) => e.key)).toEqual(['http://www.example.gov.cn/b.html']);
  });

  it('keeps batches, and skips stored values of a shape it does not know', async () => {
    const db = await fresh();
    const batch = newBatch('b1', 'http://www.example.gov.cn/list/', 5, new Date('2026-01-01T00:00:00Z'));
    await saveBatch(db, batch);
    expect(await getBatch(db, 'b1')).toEqual(batch);
    await db.put('audits', { key: 'junk', record: { nonsense: true } } as never);
    expect(await listEntries(db)).toEqual([]);
  });

  it('upgrades a database of the first version without losing entries, and gives them their bodies', async () => {
    const name = `test-${++n}`;
    const v1 = await openHistory(name, 1);
    expect([...v1.objectStoreNames]).toEqual(['audits', 'batches']);
    // As the first version wrote an entry: the record alone.
    const kept = record(URL_A, '2026-01-01T00:00:00Z');
    await v1.put('audits', { key: URL_A, record: kept, savedAt: '2026-01-01T00:00:00Z', via: 'page' });
    await v1.put('audits', { key: 'junk', record: { nonsense: true } } as never);
    v1.close();
    const current = await openHistory(name);
    expect(current.version).toBe(DB_VERSION);
    expect([...current.objectStoreNames].sort()).toEqual(['audits', 'batches', 'bodies', 'corrections']);
    expect((await listEntries(current)).map((e) => e.key)).toEqual([URL_A]);
    expect(await listBodies(current)).toEqual([{ key: URL_A, record: bodyOf(kept) }]);
  });

  it('keeps each entry’s body beside it: written, replaced, imported and deleted with it', async () => {
    const db = await fresh();
    const a = record(URL_A, '2026-01-01T00:00:00Z');
    const b = record('http://www.example.gov.cn/b.html', '2026-01-02T00:00:00Z', '001_c325cc46ff398540.txt');
    await saveRecord(db, a, 'page');
    await saveRecord(db, b, 'page');
    const bodies = async (d: HistoryDb) => (await listBodies(d)).sort((x, y) => x.key.localeCompare(y.key));
    expect(await bodies(db)).toEqual([
      { key: URL_A, record: bodyOf(a) },
      { key: 'http://www.example.gov.cn/b.html', record: bodyOf(b) },
    ]);
    // A body is what pairing reads, no more: the url, year, organ, audit time and the opening text.
    expect(JSON.stringify(bodyOf(a)).length).toBeLessThan(JSON.stringify(a).length / 10);
    const again = record(URL_A, '2026-03-01T00:00:00Z');
    await saveRecord(db, again, 'batch', 'b1');
    expect((await bodies(db))[0]).toEqual({ key: URL_A, record: bodyOf(again) });

    const other = await fresh();
    await importHistory(other, JSON.stringify(await exportHistory(db)));
    expect(await bodies(other)).toEqual(await bodies(db));

    await deleteEntries(db, [URL_A]);
    expect((await bodies(db)).map((x) => x.key)).toEqual(['http://www.example.gov.cn/b.html']);
  });

  it('says clearly when storage is full', async () => {
    const db = await fresh();
    // As browsers report it: the transaction aborts with the quota error.
    const quota = () => Promise.reject(new DOMException('quota', 'QuotaExceededError'));
    const full = new Proxy(db, {
      get: (target, prop) =>
        prop === 'transaction' ? () => ({ objectStore: () => ({ put: quota }), done: quota() }) : Reflect.get(target, prop, target),
    });
    const error = await saveRecord(full, record(URL_A, '2026-01-01T00:00:00Z'), 'page').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HistoryFullError);
    expect((error as HistoryFullError).zh).toContain('存储空间已满');
  });
});

