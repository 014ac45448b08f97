/**
 * The parser reads a generated report back exactly: every value at the place it was written, with
 * the value, kind and unit a reader sees, in both the official HTML layout and the seeds' text form;
 * and every CellRef of the export points at the cell it names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDocument, parseText, type ParseOutcome } from '../../lib/parse';
import { runRules } from '../../lib/rules';
import type { ParsedReport } from '../../lib/model';
import { blankable, reportArb, type GenReport } from '../support/arbitraries';
import { renderHtml, renderText, type Expected } from '../support/render';
import { badHtmlRefs, badTextRefs, cases, LONG, page, type Audited } from './support';

/** What the parser read, in the same shape as what the renderer wrote: cellKey → Expected. */
function readBack(report: ParsedReport): Map<string, Expected> {
  const out = new Map<string, Expected>();
  for (const [table, rows] of Object.entries(report.tables)) {
    for (const [row, cols] of Object.entries(rows ?? {})) {
      for (const [col, cell] of Object.entries(cols)) {
        out.set(`${table}|${row}|${col}`, { at: cell.at, value: cell.value, kind: cell.kind, ...(cell.unit ? { unit: cell.unit } : {}) });
      }
    }
  }
  return out;
}

const canon = (e: Expected | undefined): string =>
  e ? `${e.at.table}.${e.at.row}.${e.at.col}${e.at.line ? `L${e.at.line}` : ''} ${e.kind} ${e.value} ${e.unit ?? ''}` : 'absent';

/** The parsed report with its findings, for the ref checks (the audit would parse it again). */
function checkParsed(r: GenReport, parsed: ParseOutcome, expected: Map<string, Expected>): Audited {
  expect(parsed.status).toBe('report');
  if (parsed.status !== 'report') throw new Error('not read as a report');
  expect({ format: parsed.report.format, year: parsed.report.year }).toEqual({ format: r.format, year: r.year });
  expect(parsed.report.sections.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
  const got = readBack(parsed.report);
  // The first three cells that differ, one line each, rather than a diff of two 300-entry maps.
  const diff = [...new Set([...got.keys(), ...expected.keys()])]
    .filter((k) => canon(got.get(k)) !== canon(expected.get(k)))
    .slice(0, 3)
    .map((k) => `${k}: got ${canon(got.get(k))}, expected ${canon(expected.get(k))}`);
  expect(diff).toEqual([]);
  return { report: parsed.report, findings: runRules(parsed.report).findings };
}

describe('parse: generated reports read back exactly', () => {
  const { load } = page();

  // 120 HTML cases: a page per case, through one jsdom window.
  it('HTML, official layout with spans, split tables, Word markup, blanks', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const out = renderHtml(r, blankable(r));
        const doc = load(out.source);
        expect(badHtmlRefs(doc, checkParsed(r, parseDocument(doc), out.expected))).toEqual([]);
      }),
      cases(120),
    );
  }, LONG);

  // 800 text cases.
  it('text, the seeds’ tab-led form', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const out = renderText(r, blankable(r));
        expect(badTextRefs(out.source, checkParsed(r, parseText(out.source), out.expected))).toEqual([]);
      }),
      cases(800),
    );
  }, LONG);
});
