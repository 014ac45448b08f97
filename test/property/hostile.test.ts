/**
 * Hostile markup and text in cells and labels survives as plain text: in the JSON export, in the
 * CSV (no formula injection), in the Chinese summary, and it never breaks parsing. Whether a
 * browser ever executes it is the e2e suite's question; here it is data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditDocument, auditText, summarize, toCsv } from '../../lib/audit';
import { normaliseCellText } from '../../lib/grid';
import { cellElement } from '../support/cell-element';
import { AuditExport } from '../../lib/model';
import { cellKey, reportArb, type GenReport } from '../support/arbitraries';
import { renderHtml, renderText } from '../support/render';
import { exportWith, rowSumError } from '../support/export';
import { cases, LONG, page } from './support';

const HOSTILE: [name: string, text: string][] = [
  ['an img with onerror', '<img src=x onerror=alert(1)>'],
  ['a style breakout into a script', '</style><script>alert(document.cookie)</script>'],
  ['an RTL override', '\u202E总计\u202C 12'],
  ['zero-width characters', '\u200B\u200C\u200D\u2060见附件\uFEFF'],
  ['a spreadsheet formula', '=HYPERLINK("http://evil.example","点击")'],
  ['a DDE payload', '@SUM(1+1)*cmd|\' /C calc\'!A0'],
  ['a plus formula', '+cmd|\' /C notepad\'!A0'],
  ['quotes, commas and a line break', '"a", b\r\nc'],
  ['a 10,000-character text', `超长标签${'长'.repeat(10_000)}`],
];

/** RFC 4180, as a spreadsheet reads the file. */
function csvFields(csv: string): string[][] {
  const rows: string[][] = [[]];
  let field = '';
  let quoted = false;
  for (let i = csv.charCodeAt(0) === 0xfeff ? 1 : 0; i < csv.length; i++) {
    const ch = csv[i]!;
    if (quoted) {
      if (ch === '"' && csv[i + 1] === '"') (field += '"'), i++;
      else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') rows.at(-1)!.push(field), (field = '');
    else if (ch === '\r' && csv[i + 1] === '\n') rows.at(-1)!.push(field), (field = ''), rows.push([]), i++;
    else field += ch;
  }
  return rows.filter((r) => r.length > 1);
}

/** A field a spreadsheet would evaluate: starts with = + - @ (or tab/CR), and is not just a signed number. */
const formula = (field: string): boolean => /^[=+\-@\t\r]/.test(field) && !/^[+-]?[\d,]+(\.\d+)?(万元|件|个|条|次|元)?$/.test(field);

// One fixed, consistent 2021 report, plain (no decorations, no blanks): the hostile text is the only oddity.
const base: GenReport = { ...fc.sample(reportArb.filter((r) => r.format === '2021' && !r.legalSubtotal), { numRuns: 1, seed: 7 })[0]!, noise: [], blanks: false, claims: false };
const VALUE = cellKey('applications', 'granted', 'naturalPerson');
const LABEL = '一、本年新收政府信息公开申请数量';
const SOURCE = { url: 'https://www.example.gov.cn/=cmd', at: new Date('2026-01-01T00:00:00Z') };

function checkPlainText(audit: AuditExport, hostile: string): void {
  AuditExport.parse(audit);
  expect(audit.verdict.status).not.toMatch(/not-a-report|unreadable/);
  // JSON: the text is a string like any other and comes back unchanged.
  expect(JSON.parse(JSON.stringify(audit))).toEqual(audit);
  // CSV: no field would run as a formula, and the text is there, at most with its neutralising quote.
  const fields = csvFields(toCsv([audit])).flat();
  expect(fields.filter(formula)).toEqual([]);
  const text = normaliseCellText(hostile);
  expect(fields.some((f) => f === text || f === `'${text}`)).toBe(true);
  // Summary: plain text, quoting the cell as written.
  expect(summarize(audit)).toContain(text.slice(0, 50));
}

describe('hostile text in a value cell', () => {
  const { load } = page();

  it.each(HOSTILE)('HTML: %s', (_name, hostile) => {
    const out = renderHtml(base, () => false);
    const doc = load(out.source);
    cellElement(doc, out.expected.get(VALUE)!.at)!.textContent = hostile;
    const audit = auditDocument(doc, SOURCE);
    expect(doc.querySelectorAll('img, script')).toHaveLength(0);
    const cell = audit.report.tables.applications!.granted!.naturalPerson!;
    expect(cell).toMatchObject({ raw: normaliseCellText(hostile), kind: 'text', value: null });
    // Unreadable text is for a person to look at (NUM-INVALID) and makes the sums over it `review`, never a false error.
    expect(audit.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}/${f.outcome}`).sort()).toEqual(['NUM-INVALID/review', 'T3-RESULTSUM/review', 'T3-ROWSUM/review']);
    checkPlainText(audit, hostile);
  });

  it.each(HOSTILE.filter(([, h]) => !/[\r\n]/.test(h)))('text: %s', (_name, hostile) => {
    const out = renderText(base, () => false);
    const lines = out.source.split('\n');
    lines[out.expected.get(VALUE)!.at.line! - 1] = `\t${hostile}`;
    const audit = auditText(lines.join('\n'), SOURCE);
    expect(audit.report.tables.applications!.granted!.naturalPerson).toMatchObject({ raw: normaliseCellText(hostile), kind: 'text' });
    checkPlainText(audit, hostile);
  });
});

describe('hostile text in a label', () => {
  const { load } = page();
  // A label the reader still recognises (本年新收 …) with the hostile text as a note inside it:
  // LABEL-VARIANT quotes it. The 10,000-character one is prose, not a label: its row goes missing.
  it.each(HOSTILE)('HTML: %s', (name, hostile) => {
    const doc = load(renderHtml(base, () => false).source);
    const td = Array.from(doc.querySelectorAll('td')).find((el) => el.textContent === LABEL)!;
    td.textContent = LABEL + hostile;
    const audit = auditDocument(doc, SOURCE);
    const t3 = audit.report.tables.applications!;
    if (name.startsWith('a 10,000')) {
      expect(t3.newReceived).toBeUndefined();
      expect(audit.findings.some((f) => f.rule === 'TABLE-MISSING')).toBe(true);
    } else {
      expect(t3.newReceived!.total!.value).toBe(base.t3.newReceived!.total);
      const variant = audit.findings.find((f) => f.rule === 'LABEL-VARIANT' && String(f.actual).startsWith(LABEL));
      expect(variant?.message.zh).toContain(normaliseCellText(hostile).slice(0, 20));
    }
    AuditExport.parse(audit);
    expect(JSON.parse(JSON.stringify(audit))).toEqual(audit);
    expect(csvFields(toCsv([audit])).flat().filter(formula)).toEqual([]);
    expect(() => summarize(audit)).not.toThrow();
  });
});

describe('CSV never starts a formula', () => {
  // 1,500 cases: any text as a cell's raw text, a finding's message and its actual value.
  it('for any text in a cell or a finding', () => {
    const lead = fc.constantFrom('=', '+', '-', '@', '\t', '\r', ' ', '', '＝', "'");
    const text = fc.tuple(lead, fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('2+3', '1,234', '8件', '1+cmd|\' /C calc\'!A0'))).map(([a, b]) => a + b);
    fc.assert(
      fc.property(text, text, (raw, message) => {
        const audit = exportWith([{ ...rowSumError, message: { zh: message, en: message }, actual: raw }]);
        audit.report.tables.applications!.totalProcessed!.total!.raw = raw;
        expect(csvFields(toCsv([audit])).flat().filter(formula)).toEqual([]);
      }),
      cases(1500),
    );
  }, LONG);

  // Regression CSV-SIGNED-FORMULA (found by the hostile cases): lib/audit/csv.ts quote() exempted
  // any value starting with a sign and a digit (meant for "+19", "-8"), so "-2+3+cmd|' /C calc'!A0"
  // reached the spreadsheet as a formula, in the raw column and in NUM-INVALID's actual column.
  it('regression CSV-SIGNED-FORMULA: a cell reading "-2+3+cmd|…" is neutralised', () => {
    const out = renderText(base, () => false);
    const lines = out.source.split('\n');
    lines[out.expected.get(VALUE)!.at.line! - 1] = "\t-2+3+cmd|' /C calc'!A0";
    expect(csvFields(toCsv([auditText(lines.join('\n'), SOURCE)])).flat().filter(formula)).toEqual([]);
  });

  it.each(HOSTILE.concat([['a negative number', '-8'], ['a signed count', '+19']]))('raw cell text: %s', (_name, hostile) => {
    const out = renderText(base, () => false);
    const lines = out.source.split('\n');
    lines[out.expected.get(VALUE)!.at.line! - 1] = `\t${hostile.replace(/[\r\n]/g, ' ')}`;
    const fields = csvFields(toCsv([auditText(lines.join('\n'), SOURCE)])).flat();
    expect(fields.filter(formula)).toEqual([]);
  });
});
