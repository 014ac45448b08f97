/**
 * Never throw, never point nowhere: random tables, perturbed reports, junk text, huge numbers and
 * deep nesting through the grid, the parser, the rules and the audit. Each export must validate
 * (and a page's, written as built, be what the schema makes of it, byte for byte),
 * no rule may have crashed (the runner turns a throw into a `review` finding: we look for those),
 * and every CellRef must name a real cell.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText } from '../../lib/audit';
import { AuditExport, Finding, type CellRef } from '../../lib/model';
import { runRules } from '../../lib/rules';
import { blankable, reportArb } from '../support/arbitraries';
import { renderHtml, renderText } from '../support/render';
import { editText, junkText, parsedReportArb, perturb, perturbations, tableHtml, textEdits } from './junk';
import { badHtmlRefs, badTextRefs, cases, LONG, page } from './support';

const SOURCE = { url: 'https://www.example.gov.cn/x.html', at: new Date('2026-01-01T00:00:00Z') };

/** What "it went wrong inside" looks like once the guards have caught it. */
function crashes(audit: AuditExport): string[] {
  const reason = audit.verdict.reason?.zh ?? '';
  return [
    ...(/解析页面时出错|读取页面时出错/.test(reason) ? [reason] : []),
    ...audit.findings.filter((f) => f.message.zh.includes('运行出错')).map((f) => f.message.zh),
  ];
}

/**
 * The audit runs the grid, the parser and the rules; each guard turns a throw into a verdict or a
 * finding (crashes() finds those), so one call covers all four without paying for each twice.
 */
function throughHtml(doc: Document): AuditExport {
  const audit = auditDocument(doc, SOURCE);
  // Written as built (not rebuilt by the schema): what the schema makes of it, byte for byte.
  expect(JSON.stringify(AuditExport.parse(audit))).toBe(JSON.stringify(audit));
  expect(crashes(audit)).toEqual([]);
  expect(badHtmlRefs(doc, audit)).toEqual([]);
  return audit;
}

function throughText(text: string): AuditExport {
  const audit = auditText(text, SOURCE);
  AuditExport.parse(audit);
  expect(crashes(audit)).toEqual([]);
  expect(badTextRefs(text, audit)).toEqual([]);
  return audit;
}

const heading = fc.constantFrom(
  '<h1>某某局2023年政府信息公开工作年度报告</h1>', '<p>一、总体情况</p>', '<p>三、收到和处理政府信息公开申请情况</p>',
  '<p>统计期限自2023年1月1日起至2023年12月31日止。</p>', '<p>共收到政府信息公开申请99999999999999999999件。</p>', '<p>行政复议1e300件</p>',
);
const fragment = fc.oneof({ weight: 3, arbitrary: tableHtml }, { weight: 1, arbitrary: heading }, { weight: 1, arbitrary: junkText.map((t) => `<p>${t}</p>`) });

describe('never throws: HTML', () => {
  const { load } = page();

  // Regression PARSE-HOLE-REF (found by "random pages"): lib/parse/stream.ts kept the grid's holes
  // (slots no <td> covers, left in a short row by a rowspan further right) as value cells, so a
  // Cell.at and the CELL-BLANK finding named a cell that is not on the page: cellElement returned
  // null, the overlay had nothing to mark. Minimal page: the row of 一、本年新收 has only its label.
  it('regression PARSE-HOLE-REF: no value is read from a slot no <td> covers', () => {
    const doc = load('<table><tr><td>x</td><td>y</td><td rowspan="2">z</td></tr><tr><td>一、本年新收政府信息公开申请数量</td></tr></table>');
    expect(badHtmlRefs(doc, auditDocument(doc, SOURCE))).toEqual([]);
  });

  // 400 cases: pages of random tables, report headings and junk.
  it('random pages', () => {
    fc.assert(
      fc.property(fc.array(fragment, { minLength: 1, maxLength: 6 }), junkText, (parts, title) => {
        throughHtml(load(parts.join('\n'), title));
      }),
      cases(400),
    );
  }, LONG);

  // 100 cases: a real-shaped report with its spans, cells and rows broken.
  it('perturbed reports', () => {
    fc.assert(
      fc.property(reportArb, perturbations, (r, edits) => {
        const doc = load(renderHtml(r, blankable(r)).source);
        perturb(doc, edits);
        throughHtml(doc);
      }),
      cases(100),
    );
  }, LONG);

  // 6 cases: the report inside nested layout tables and a deep stack of <div>s (jsdom's own parser
  // is quadratic in depth: 3,000 levels cost it ~3 s, so 300 is the most we ask).
  it('deep nesting', () => {
    fc.assert(
      fc.property(reportArb, fc.integer({ min: 1, max: 30 }), fc.integer({ min: 1, max: 300 }), (r, tables, divs) => {
        const html = renderHtml(r, blankable(r)).source;
        const nested = '<table><tr><td>'.repeat(tables) + html + '</td></tr></table>'.repeat(tables);
        const doc = load('<div>'.repeat(divs) + nested + '</div>'.repeat(divs));
        const audit = throughHtml(doc);
        // Layout tables around the report do not hide it.
        expect(audit.verdict.status).not.toBe('not-a-report');
      }),
      cases(6),
    );
  }, LONG);
});

const line = fc.oneof(
  junkText,
  junkText.map((t) => `\t${t}`),
  fc.array(junkText, { minLength: 2, maxLength: 16 }).map((ts) => ts.join('\t')),
  fc.array(junkText, { minLength: 1, maxLength: 4 }).map((ts) => `|${ts.join('|')}|`),
  fc.constantFrom('', '\t', '2023年政府信息公开工作年度报告', '一、总体情况', '\t申请人情况', '\t自然人', '\t（七）总计', '\t行政复议'),
);

describe('never throws: text', () => {
  // 2,000 cases: random lines in every table form the reader knows.
  it('random text', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 60 }), fc.constantFrom('\n', '\r\n'), (lines, eol) => {
        throughText(lines.join(eol));
      }),
      cases(2000),
    );
  }, LONG);

  // 400 cases: a report in the seeds' form with lines deleted, repeated, joined, made huge, junk inserted.
  it('perturbed reports', () => {
    fc.assert(
      fc.property(reportArb, textEdits, (r, edits) => {
        throughText(editText(renderText(r, blankable(r)).source, edits));
      }),
      cases(400),
    );
  }, LONG);
});

describe('never throws: rules on any report the schema allows', () => {
  // 1,000 cases: blanks, text, fractions, negatives, 1e300, mixed and unknown formats, stray keys.
  it('no rule crashes, every finding is valid, and every ref is a cell or label of the report', () => {
    const key = (r: CellRef): string => `${r.table}.${r.row}.${r.col}`;
    fc.assert(
      fc.property(parsedReportArb, (report) => {
        const run = runRules(report);
        expect(run.findings.filter((f) => f.message.zh.includes('运行出错')).map((f) => f.message.zh)).toEqual([]);
        for (const f of run.findings) Finding.parse(f);
        const known = new Set([
          ...Object.values(report.tables).flatMap((t) => Object.values(t ?? {}).flatMap((cols) => Object.values(cols).map((c) => key(c.at)))),
          ...report.labels.map((l) => key(l.at)),
        ]);
        const stray = run.findings.flatMap((f) => [...f.cells, ...f.related].filter((r) => !known.has(key(r))).map((r) => `${f.rule} → ${key(r)}`));
        expect(stray).toEqual([]);
        expect([...run.rulesRun, ...run.rulesNotApplicable].sort()).toEqual([...new Set([...run.rulesRun, ...run.rulesNotApplicable])].sort());
      }),
      cases(1000),
    );
  }, LONG);
});
