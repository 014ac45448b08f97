import { describe, expect, it } from 'vitest';
import { auditDocument } from '../../lib/audit';
import { T3_ROWS_2021 } from '../../lib/model';
import { escapeHtml, page, T3_HEADER, T4_TABLE, tr, zeros } from './html-builders';

// Issue #9 §1: a label cell with more than the label still maps to its row, so the sums over
// that row are checked. Each variant goes on every row of table 3; 予以公开 holds 1 while （七）总计
// says 0, so T3-RESULTSUM can only fail if the suffixed rows were read.
const TITLE = 'XX县XX局2021年政府信息公开工作年度报告';
const SUFFIXES: [string, (label: string) => string][] = [
  ['a trailing footnote mark', (l) => `${l}①`],
  ['a footnote number', (l) => `${l}¹`],
  ['a note in brackets', (l) => `${l}（注：含转办件）`],
  ['a stray symbol', (l) => `${l}*`],
  ['an appended sentence', (l) => `${l}。本年度无此类情形`],
  ['an appended note', (l) => `${l} 注：按件统计`],
  ['markup-looking text', (l) => `<b>${l}</b><br/>`],
];

function table3(label: (l: string) => string): string {
  const rows = T3_ROWS_2021.map(([key, official]) => {
    const values = key === 'granted' ? ['1', '0', '0', '0', '0', '0', '1'] : key === 'newReceived' ? ['1', '0', '0', '0', '0', '0', '1'] : zeros(7);
    return tr([escapeHtml(label(official)), 'colspan=3'], ...values);
  });
  return `<table>${T3_HEADER}${rows.join('')}</table>`;
}

describe.each(SUFFIXES)('a label with %s', (_, suffix) => {
  const audit = auditDocument(page(TITLE, table3(suffix) + T4_TABLE(zeros(15))), { url: 'x' });
  const table = audit.report.tables.applications!;

  it('maps every row of table 3', () => {
    expect(Object.keys(table).sort()).toEqual(T3_ROWS_2021.map(([k]) => k).sort());
  });

  it('checks the sums over those rows', () => {
    const failed = audit.findings.filter((f) => f.rule === 'T3-RESULTSUM' && f.outcome === 'fail');
    expect(failed.map((f) => [f.expected, f.actual])).toEqual([
      [1, 0],
      [1, 0],
    ]);
  });

  it('says the label differs from the official one (LABEL-VARIANT), as information', () => {
    const variant = audit.findings.filter((f) => f.rule === 'LABEL-VARIANT');
    expect(variant.length).toBeGreaterThan(0);
    expect(variant.every((f) => f.severity === 'info')).toBe(true);
  });
});
