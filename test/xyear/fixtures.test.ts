import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditedDocument, auditedText, withPrevious } from '../../lib/audit';
import { compareYears } from '../../lib/compare';
import { yearPairs } from '../../lib/match';
import type { AuditRecord } from '../../lib/model';

/** The two-year fixtures the CLI and the extension's fake site serve (scripts/xyear-fixtures.ts). */
const DIR = join(import.meta.dirname, '../fixtures/xyear');
const NAMES = ['waigang-2022', 'waigang-2023', 'lubu-2020', 'lubu-2021'];
const at = new Date('2026-01-01T00:00:00Z');

const asPage = (name: string): AuditRecord => {
  const url = `https://www.example.gov.cn/ndbg/${name}.html`;
  return auditedDocument(new JSDOM(readFileSync(join(DIR, `${name}.html`), 'utf8'), { url }).window.document, { url, at });
};
const asText = (name: string): AuditRecord => auditedText(readFileSync(join(DIR, `${name}.txt`), 'utf8'), { url: `${name}.txt`, at });

describe.each([['pages', asPage], ['text files', asText]] as const)('the two-year fixtures as %s', (_, read) => {
  const records = NAMES.map(read);
  const named = (r: AuditRecord) => NAMES.find((n) => r.export.source.url.includes(n));

  it('pair each report with its body\'s report of the year before, and nothing else', () => {
    const pairs = yearPairs(records).map((p) => [named(p.current), named(p.previous), p.pairing.same]);
    expect(pairs.sort()).toEqual([
      ['lubu-2021', 'lubu-2020', true],
      ['waigang-2023', 'waigang-2022', true],
    ]);
  });

  it('find the planted carry-over mismatch and the copied narrative, and nothing else new', () => {
    const previous = new Map(yearPairs(records).map((p) => [p.current, p.previous]));
    const found = Object.fromEntries(
      records.map((r) => [named(r), withPrevious(r, previous.get(r) ?? null).findings.map((f) => `${f.rule} ${f.cells.length}`)]),
    );
    expect(found).toEqual({
      'waigang-2022': [],
      'waigang-2023': ['CARRY-XYEAR 1', 'CARRY-XYEAR 1'],
      // seed 002 as published: its own label variants and its extra section 三.
      'lubu-2020': ['LABEL-VARIANT 1', 'LABEL-VARIANT 1', 'LABEL-VARIANT 1', 'SECTIONS 0'],
      'lubu-2021': ['TEXT-REUSE 0', 'TEXT-REUSE 0'],
    });
  });

  it('keep a report that was not copied well under the TEXT-REUSE line', () => {
    const [cur, prev] = [records[1]!, records[0]!];
    const c = compareYears(cur, prev);
    expect(c.share).toBeLessThan(0.2);
    expect(c.narrative.find((s) => s.template === 1)!.current.filter((m) => m.fixed).length).toBeGreaterThan(0);
  });
});
