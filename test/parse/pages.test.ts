import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { normaliseCellText } from '../../lib/grid';
import { cellElement } from '../support/cell-element';
import { parseDocument } from '../../lib/parse';
import { fixturesDir } from '../support/paths';
import { allCells, expectTables, reportOf, seedExpectation } from './expected';

interface Entry {
  file: string;
  seed: string;
  shape: string;
  title: string | null;
  organ: string | null;
  publishedAt: string | null;
}
const pagesDir = resolve(fixturesDir, 'pages');
const manifest = JSON.parse(readFileSync(resolve(pagesDir, 'manifest.json'), 'utf8')) as Entry[];
// A Buffer lets jsdom sniff the charset the page declares (the GBK copy).
const load = (file: string): Document => new JSDOM(readFileSync(resolve(pagesDir, file))).window.document;

describe('the generated pages', () => {
  it('cover every seed in every shape, plus a GBK copy', () => {
    expect(new Set(manifest.map((e) => e.shape))).toEqual(new Set(['word', 'split', 'bare', 'page', 'gbk']));
    expect(new Set(manifest.map((e) => e.seed)).size).toBe(5);
  });
});

describe.each(manifest)('parseDocument on $file', (entry) => {
  const doc = load(entry.file);
  const expected = seedExpectation(entry.seed);
  const outcome = parseDocument(doc);

  it('reads the same tables as the seed text', () => {
    expect(outcome.status).toBe('report');
    expectTables(reportOf(outcome), expected);
  });

  it('finds title, organ, year, format, publication date and sections', () => {
    const r = reportOf(outcome);
    expect([r.title, r.organ, r.year, r.format, r.publishedAt]).toEqual([entry.title, entry.organ, expected.year, expected.format, entry.publishedAt]);
    expect(r.sections.map((s) => s.number)).toEqual(expected.sections);
    expect(r.otherMatters).toBe(expected.otherMatters);
    expect(r.period && { from: r.period.from, to: r.period.to }).toEqual(expected.period);
  });

  it('points every cell at the <td> it was read from', () => {
    for (const cell of allCells(reportOf(outcome))) {
      const el = cellElement(doc, cell.at);
      expect(el, JSON.stringify(cell.at)).not.toBeNull();
      expect(normaliseCellText(el!.textContent ?? '')).toBe(cell.raw);
    }
  });

  it('leaves table contents and site chrome out of the narrative', () => {
    const { narrative } = reportOf(outcome);
    expect(narrative).toContain('一、总体情况');
    expect(narrative).not.toMatch(/申请人情况|第二十条|版权所有|网站标识码|首页/);
  });
});
