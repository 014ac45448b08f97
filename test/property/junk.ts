/** Hostile and absurd input for the never-throw properties: random tables, junk text, perturbations. */
import fc from 'fast-check';
import {
  CellKind,
  Format,
  SECTION_TITLES,
  T2_COLUMN_LABELS,
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMNS,
  T3_LEGAL_SUBTOTAL,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUPS,
  T4_LEAVES,
  TABLE_KEYS,
  type Cell,
  type ParsedReport,
} from '../../lib/model';

/** Span attributes as pages (and fuzzers) write them: valid, zero, negative, huge, fractional, garbage. */
export const SPAN_JUNK = ['0', '-1', '-3', '-0', '1000', '1001', '65534', '65535', '99999999999999999999', 'abc', '', '2.5', ' 3', '+2', '0x10', '1e3', '\u30002', '2px'];
// Mostly ordinary spans: a colspan of 1000 makes a table of thousands of slots, costly to compare.
export const spanAttr: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 1, max: 4 }).map(String) },
  { weight: 2, arbitrary: fc.constantFrom(...SPAN_JUNK) },
);

/** Cell text that means something to the parser, or breaks something that reads text. */
export const JUNK = [
  '', ' ', '&nbsp;', '0', '5', '12', '1e300', '-1e300', '99999999999999999999', '9007199254740993', '-3', '1,234', '１２',
  '—', '/', '无', '+19', '3.5', 'NaN', 'Infinity', '0x1F', '２０２３年', '11个', '185.5897万元', '251000元',
  '总计', '合计', '自然人', '其他', '小计', '法人或其他组织', '商业企业', '申请人情况', '行政复议', '行政诉讼', '结果维持', '尚未审结',
  '第二十条第（一）项', '第二十条第（九）项', '本年制发件数', '本年新制作数量', '本年增/减', '采购总金额（万元）',
  '（七）总计', '一、本年新收政府信息公开申请数量', '二、上年结转政府信息公开申请数量', '三、本年度办理结果', '四、结转下年度继续办理',
  '（一）予以公开', '（三）不予公开', '重复申请', '（六）其他处理', '3.其他', '规章', '行政规范性文件', '行政事业性收费', '政府集中采购',
  '<b>5</b>', '<img src=x onerror=alert(1)>', '</style><script>alert(1)</script>', '<!-- 7 -->', '<![CDATA[8]]>',
  '<p>1</p><p>2</p>', '<span>2</span><span>0</span>', '<br>', '<o:p></o:p>', '\u202E总计', '\u200B5\u200B', '\uFEFF', '\u0000',
  '=1+1', '@SUM(A1)', '+cmd', '-2+3', '"quoted", comma',
];
export const junkText: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...JUNK) },
  { weight: 2, arbitrary: fc.string({ maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.oneof(fc.nat().map(String), fc.double().map(String), fc.bigInt().map(String)) },
);

const attr = (name: string, v: string | null): string => (v === null ? '' : ` ${name}="${v.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);

/** A random `<table>`: row groups, empty and ragged rows, random spans, junk text, nested tables. */
export const tableHtml: fc.Arbitrary<string> = fc.letrec<{ table: string; cell: string }>((tie) => ({
  table: fc
    .record({
      caption: fc.option(junkText, { freq: 5 }),
      groups: fc.array(
        fc.record({
          wrap: fc.constantFrom('tbody', 'thead', 'tfoot', ''),
          rows: fc.array(fc.array(tie('cell'), { maxLength: 5 }), { maxLength: 5 }),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    })
    .map(({ caption, groups }) => {
      const body = groups.map(({ wrap, rows }) => {
        const trs = rows.map((cells) => `<tr>${cells.join('')}</tr>`).join('');
        return wrap ? `<${wrap}>${trs}</${wrap}>` : trs;
      });
      return `<table>${caption === null ? '' : `<caption>${caption}</caption>`}${body.join('')}</table>`;
    }),
  cell: fc
    .record({
      tag: fc.constantFrom('td', 'td', 'th'),
      rs: fc.option(spanAttr, { freq: 3 }),
      cs: fc.option(spanAttr, { freq: 3 }),
      // Nested tables are rare and at most two deep: each level multiplies the cells by ~50.
      content: fc.oneof({ maxDepth: 2 }, { weight: 19, arbitrary: junkText }, { weight: 1, arbitrary: tie('table') }),
    })
    .map(({ tag, rs, cs, content }) => `<${tag}${attr('rowspan', rs)}${attr('colspan', cs)}>${content}</${tag}>`),
})).table;

/** Edits to a rendered report's DOM, each applied to the element its index picks (modulo). */
export interface Perturbation {
  op: 'rowspan' | 'colspan' | 'text' | 'remove-cell' | 'remove-row' | 'duplicate-row' | 'nest' | 'empty-row' | 'add-cell';
  at: number;
  value: string;
}
export const perturbations: fc.Arbitrary<Perturbation[]> = fc.array(
  fc.record({
    op: fc.constantFrom('rowspan', 'colspan', 'text', 'remove-cell', 'remove-row', 'duplicate-row', 'nest', 'empty-row', 'add-cell'),
    at: fc.nat(),
    value: fc.oneof(spanAttr, junkText),
  }),
  { minLength: 1, maxLength: 8 },
);

export function perturb(doc: Document, edits: Perturbation[]): void {
  for (const { op, at, value } of edits) {
    const cells = doc.querySelectorAll('td, th');
    const rows = doc.querySelectorAll('tr');
    const cell = cells[at % Math.max(1, cells.length)];
    const row = rows[at % Math.max(1, rows.length)];
    if (op === 'rowspan' || op === 'colspan') cell?.setAttribute(op, value);
    else if (op === 'text' && cell) cell.innerHTML = value;
    else if (op === 'remove-cell') cell?.remove();
    else if (op === 'remove-row') row?.remove();
    else if (op === 'duplicate-row' && row) row.after(row.cloneNode(true));
    else if (op === 'empty-row' && row) row.after(doc.createElement('tr'));
    else if (op === 'add-cell' && row) row.insertAdjacentHTML('beforeend', `<td>${value}</td>`);
    else if (op === 'nest' && cell) cell.innerHTML = `<table><tr><td>${value}</td><td>${cell.innerHTML}</td></tr></table>`;
  }
}

/** Lines of a text report edited: deleted, repeated, junk inserted (with tabs and pipes), numbers made huge. */
export const textEdits = fc.array(
  fc.record({
    op: fc.constantFrom('delete', 'repeat', 'insert', 'huge', 'tabs', 'join'),
    at: fc.nat(),
    value: junkText,
  }),
  { minLength: 1, maxLength: 10 },
);

export function editText(text: string, edits: { op: string; at: number; value: string }[]): string {
  const lines = text.split('\n');
  for (const { op, at, value } of edits) {
    const i = at % Math.max(1, lines.length);
    if (op === 'delete') lines.splice(i, 1);
    else if (op === 'repeat') lines.splice(i, 0, lines[i] ?? '');
    else if (op === 'insert') lines.splice(i, 0, value);
    else if (op === 'huge') lines[i] = (lines[i] ?? '').replace(/\d+/g, '99999999999999999999');
    else if (op === 'tabs') lines.splice(i, 0, `\t${value}\t${value}`, `|${value}|${value}|`);
    else if (op === 'join') lines.splice(i, 2, `${lines[i] ?? ''}${lines[i + 1] ?? ''}`);
  }
  return lines.join('\n');
}

/**
 * Keys a report's tables may hold: every canonical one, and some that are not. Not Object.prototype
 * names ('__proto__', 'toString'): lib/rules/labels.ts looks labels up in plain objects, so such a
 * key crashes LABEL-VARIANT (caught by the runner) — but the parser only ever makes canonical keys.
 */
const ROW_KEYS = [...new Set([...T3_ROWS_2019, ...T3_ROWS_2021, ...T2_ROWS_2019, ...T2_ROWS_2021].map(([k]) => k as string))].concat(T4_GROUPS, ['', 'x', 'other.', 'denied']);
const COL_KEYS = [...T3_COLUMNS, T3_LEGAL_SUBTOTAL, ...T4_LEAVES, ...Object.keys(T2_COLUMN_LABELS), '', 'y'];

const refArb = fc.record({ table: fc.nat({ max: 5 }), row: fc.nat({ max: 40 }), col: fc.nat({ max: 12 }) }, { requiredKeys: ['table', 'row', 'col'] });
const cellArb: fc.Arbitrary<Cell> = fc.record({
  kind: fc.constantFrom(...CellKind.options),
  value: fc.oneof(
    fc.constant(null),
    fc.integer({ min: -5, max: 30 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.constantFrom(0, -0, 1e300, -1e300, 9007199254740993, 0.1 + 0.2, 576460752305),
  ),
  raw: junkText,
  unit: fc.option(fc.constantFrom('件', '元', '万元', '个', '%'), { nil: undefined }),
  at: refArb,
}).map(({ unit, ...c }) => (unit === undefined ? c : { ...c, unit }));
const tableArb = fc.option(
  fc.dictionary(fc.constantFrom(...ROW_KEYS), fc.dictionary(fc.constantFrom(...COL_KEYS), cellArb, { maxKeys: 9 }), { maxKeys: 30 }),
  { freq: 4 },
);

/** Any report the schema allows, whatever a parser would make of it: for the rules alone. */
export const parsedReportArb: fc.Arbitrary<ParsedReport> = fc.record({
  format: fc.constantFrom(...Format.options),
  year: fc.option(fc.integer({ min: 1990, max: 2100 })),
  organ: fc.option(junkText),
  title: fc.option(junkText),
  publishedAt: fc.option(fc.constantFrom('2024-01-17', 'x')),
  period: fc.option(fc.record({ from: fc.constantFrom('2023-01-01', '2022-12-31', ''), to: fc.constantFrom('2023-12-31', ''), raw: junkText })),
  sections: fc.array(fc.record({ number: fc.integer({ min: 1, max: 12 }), title: fc.oneof(fc.constantFrom(...SECTION_TITLES), junkText) }), { maxLength: 8 }),
  tables: fc.record({ activeDisclosure: tableArb, applications: tableArb, reviewLitigation: tableArb }),
  labels: fc.array(
    fc.record({ table: fc.constantFrom(...TABLE_KEYS), key: fc.constantFrom(...ROW_KEYS, ...COL_KEYS), raw: junkText, at: refArb }),
    { maxLength: 10 },
  ),
  narrative: fc.array(fc.oneof(junkText, fc.constantFrom('共收到政府信息公开申请12件', '未收到政府信息公开申请', '政府信息公开申请引发行政复议3件', '结转下年度继续办理99999999999999999999件', '予以公开一百零五件，依申请')), { maxLength: 6 }).map((l) => l.join('\n')),
  otherMatters: junkText,
});
