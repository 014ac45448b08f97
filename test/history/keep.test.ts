import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditedDocument } from '../../lib/audit';
import type { AuditRecord } from '../../lib/model';
import { DB_NAME, DB_VERSION, openHistory } from '../../utils/history/db';
import { keepInHistory } from '../../utils/history/keep';
import { deleteEntries } from '../../utils/history/store';
import { yearPair } from '../e2e/pages/column-site';

const SITE = 'http://www.example.gov.cn/reports/';
const audited = (html: string, name: string, at: string): AuditRecord =>
  auditedDocument(new JSDOM(html).window.document, { url: `${SITE}${name}`, at: new Date(at) });
const { previous, current } = yearPair();
const lastYear = audited(previous, 'edu-2019.html', '2026-01-01T00:00:00Z');
const thisYear = audited(current, 'edu-2020.html', '2026-01-02T00:00:00Z');

// One database for the file, as the background has: the tests run in order on it.
describe('the background keeps a page’s audit and answers with last year’s report', () => {
  it('finds it in a history an older version kept (entries written before bodies were)', async () => {
    const old = await openHistory(DB_NAME, DB_VERSION - 1);
    await old.put('audits', { key: lastYear.export.source.url, record: lastYear, savedAt: '2026-01-01T00:00:00Z', via: 'batch' });
    old.close();
    expect(await keepInHistory(thisYear)).toEqual(lastYear);
  });

  it('answers nothing for the earliest report, and nothing once last year’s is deleted', async () => {
    expect(await keepInHistory(lastYear)).toBeNull();
    expect(await keepInHistory(thisYear)).toEqual(lastYear);
    await deleteEntries(await openHistory(), [lastYear.export.source.url]);
    expect(await keepInHistory(thisYear)).toBeNull();
  });
});
