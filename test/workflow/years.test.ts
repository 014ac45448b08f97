import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { filterChoices, filterRows, historyRow, NO_FILTER } from '../../components/history/rows';
import { CROSS_YEAR_RULES, seenExport, yearLinks } from '../../utils/history/years';
import { auditedDocument } from '../../lib/audit';
import { correctionId, type HistoryEntry, type StoredCorrection } from '../../utils/history/entry';
import { yearPair } from '../e2e/pages/column-site';

const SITE = 'http://www.example.gov.cn/reports/';
const entry = (html: string, name: string): HistoryEntry => {
  const url = `${SITE}${name}`;
  return { key: url, record: auditedDocument(new JSDOM(html).window.document, { url }), savedAt: '', via: 'batch' };
};
const { previous, current } = yearPair();
const entries = [entry(current, 'edu-2020.html'), entry(previous, 'edu-2019.html')];
const byKey = new Map(entries.map((e) => [e.key, e]));
const correction = (same: boolean): StoredCorrection => ({ id: correctionId(entries[0]!.key, entries[1]!.key), a: entries[0]!.key, b: entries[1]!.key, same });

describe('last year’s report in the history', () => {
  it('pairs the same body’s reports a year apart, and counts the cross-year findings in what the reviewer sees', () => {
    const links = yearLinks(entries, []);
    expect(links.get(`${SITE}edu-2020.html`)).toMatchObject({ previous: `${SITE}edu-2019.html`, pairing: { same: true } });
    expect(links.has(`${SITE}edu-2019.html`)).toBe(false);
    const seen = seenExport(entries[0]!, byKey, links);
    expect(seen.findings.filter((f) => CROSS_YEAR_RULES.has(f.rule)).map((f) => f.rule)).toEqual(['CARRY-XYEAR', 'CARRY-XYEAR', 'TEXT-REUSE']);
    expect(seen.verdict.counts.warning).toBe(entries[0]!.record.export.verdict.counts.warning + 3);
    expect(historyRow(entries[0]!, seen).warnings).toBe(seen.verdict.counts.warning);
  });

  it('follows a reviewer’s correction: not the same body, no cross-year findings', () => {
    const links = yearLinks(entries, [correction(false)]);
    expect(links.has(`${SITE}edu-2020.html`)).toBe(false);
    const seen = seenExport(entries[0]!, byKey, links);
    expect(seen.findings.some((f) => CROSS_YEAR_RULES.has(f.rule))).toBe(false);
  });
});

describe('history rows', () => {
  const rows = entries.map((e) => historyRow(e, e.record.export));
  it('filter by year, verdict and words', () => {
    expect(filterRows(rows, { ...NO_FILTER, year: '2019' }).map((r) => r.year)).toEqual([2019]);
    expect(filterRows(rows, { ...NO_FILTER, text: '教育局 2020' }).map((r) => r.year)).toEqual([2020]);
    expect(filterRows(rows, { ...NO_FILTER, status: 'errors' })).toEqual([]);
    expect(filterChoices(rows)).toEqual({ organs: ['示例市示例区教育局'], years: [2020, 2019] });
  });
});
