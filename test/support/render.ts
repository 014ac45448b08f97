/**
 * Renders a generated report (arbitraries.ts) as a page in the official layout (SPEC §2 "Layout":
 * rowspan/colspan as published) or as the seeds' tab-led text, and says where each value must be
 * found: the CellRef a correct parser returns, and the value, kind and unit a reader sees.
 */
import {
  T2_COLUMN_LABELS,
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMN_LABELS,
  T3_LEGAL_COLUMNS,
  T3_LEGAL_SUBTOTAL,
  T3_ROWS_2019,
  T3_ROWS_2021,
  T4_GROUPS,
  T4_LEAVES,
  T4_LEAF_LABELS,
  t3ResultRows,
  type CellKind,
  type CellRef,
  type TableKey,
} from '../../lib/model';
import { cellKey, type GenReport } from './arbitraries';

/** Consumes the report's rendering choices in order; past the end (or with none), the plain choice. */
export class Picker {
  private i = 0;
  constructor(private readonly noise: readonly number[]) {}
  pick(n: number): number {
    return this.i < this.noise.length ? this.noise[this.i++]! % n : 0;
  }
}

export interface Expected {
  at: CellRef;
  value: number | null;
  kind: CellKind;
  unit?: string;
}
export interface Rendered {
  /** HTML for `document.body`, or the text file. */
  source: string;
  /** By cellKey: where each value cell is and what it reads as. */
  expected: Map<string, Expected>;
  /** Whether any cell was written blank or as a placeholder (CELL-BLANK warns then). */
  anyBlank: boolean;
}

/** A layout cell: origin cells only, spans as in HTML. */
interface LCell {
  text: string;
  html: string;
  rs?: number;
  cs?: number;
  key?: string;
  expected?: Omit<Expected, 'at'>;
}
type LTable = LCell[][];
interface Ctx {
  r: GenReport;
  p: Picker;
  form: 'html' | 'text';
  blankable: (key: string) => boolean;
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const fullWidth = (s: string): string => s.replace(/[0-9+\-.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const WORD = (inner: string): string => `<p class="MsoNormal"><span lang="EN-US">${inner}</span><o:p></o:p></p>`;

/** A label as reports write it: plain, Word runs, cut into spans or lines, justified with spaces. */
function label(c: Ctx, text: string, span: { rs?: number; cs?: number } = {}): LCell {
  const v = c.p.pick(6);
  const mid = Math.ceil(text.length / 2);
  const [a, b] = [text.slice(0, mid), text.slice(mid)];
  if (c.form === 'text') {
    const t = v === 1 && text.length <= 6 ? [...text].join('\u3000') : v === 2 && b ? `${a}\n${b}` : text;
    return { text: t, html: '', ...span };
  }
  const html = [esc(text), WORD(esc(text)), `<span>${esc(a)}</span><span>${esc(b)}</span>`, `${esc(a)}<br>${esc(b)}`, text.length <= 6 ? [...text].map(esc).join('&nbsp; ') : esc(text), `<font face="宋体">${esc(text)}</font>`][v]!;
  return { text, html, ...span };
}

const BLANKS_HTML: [string, CellKind][] = [['', 'blank'], ['&nbsp;', 'blank'], ['<o:p></o:p>', 'blank'], ['<p><span><o:p>&nbsp;</o:p></span></p>', 'blank'], ['/', 'placeholder'], ['—', 'placeholder'], ['无', 'placeholder'], ['--', 'placeholder'], ['N/A', 'placeholder']];
const BLANKS_TEXT: [string, CellKind][] = [['', 'blank'], ['\u00a0', 'blank'], ['/', 'placeholder'], ['—', 'placeholder'], ['无', 'placeholder'], ['-', 'placeholder']];

/** A value cell: `num` as the template wants it, decorated the ways real reports write numbers. */
function value(c: Ctx, key: string, num: string, opts: { cellUnit?: string; headerUnit?: string; span?: number } = {}): LCell {
  const span = opts.span ? { cs: opts.span } : {};
  if (Number(num) === 0 && c.blankable(key) && c.p.pick(2) === 1) {
    const [raw, kind] = (c.form === 'html' ? BLANKS_HTML : BLANKS_TEXT)[c.p.pick(c.form === 'html' ? 9 : 6)]!;
    return { text: raw, html: raw, key, expected: { value: null, kind }, ...span };
  }
  const plainInt = /^\d+$/.test(num);
  const v = c.p.pick(c.form === 'html' ? 9 : 6);
  let unit = opts.cellUnit;
  let out = num;
  const variant = c.form === 'html' ? v : [0, 2, 3, 4, 5, 6][v]!;
  if (variant === 4) out = fullWidth(num);
  if (variant === 5 && plainInt && num.length > 3) out = num.replace(/\B(?=(\d{3})+$)/g, ',');
  if (variant === 6 && plainInt && !unit && !opts.headerUnit) unit = '件';
  const withUnit = out + (unit ?? '');
  let html = esc(withUnit);
  if (variant === 1) html = WORD(html);
  if (variant === 2) html = `&nbsp;${html}`;
  if (variant === 3) html = `${html}&nbsp;`;
  if (variant >= 7 && withUnit.length > 1) {
    const cut = 1 + (c.p.pick(1000) % (withUnit.length - 1));
    html = `<span>${esc(withUnit.slice(0, cut))}</span>${variant === 8 ? '\n' : ''}<span>${esc(withUnit.slice(cut))}</span>`;
  }
  const text = variant === 2 ? `\u00a0${withUnit}` : variant === 3 ? `${withUnit} ` : withUnit;
  const u = unit ?? opts.headerUnit;
  return { text, html, key, expected: { value: Number(num), kind: 'number', ...(u ? { unit: u } : {}) }, ...span };
}

const T2_BLOCKS: Record<'2019' | '2021', [string, string[]][]> = {
  '2021': [['一', ['regulations', 'normativeDocuments']], ['五', ['licensing']], ['六', ['penalty', 'coercion']], ['八', ['fees']]],
  '2019': [['一', ['regulations', 'normativeDocuments']], ['五', ['licensing', 'otherServices']], ['六', ['penalty', 'coercion']], ['八', ['fees']], ['九', ['procurement']]],
};

function t2Tables(c: Ctx): LTable[] {
  const { r } = c;
  const rows = r.format === '2019' ? T2_ROWS_2019 : T2_ROWS_2021;
  const { amountUnitIn, amountUnit } = r.layout;
  const headerUnit = r.format === '2019' && amountUnitIn === 'header' ? amountUnit : undefined;
  const colLabel = (col: string): string =>
    col === 'decisions' && r.format === '2019' ? '处理决定数量' : col === 'amount' && headerUnit ? `采购总金额（${headerUnit}）` : T2_COLUMN_LABELS[col]!;
  const blocks = T2_BLOCKS[r.format].map(([n, keys]): LTable => {
    const cols = rows.find(([k]) => k === keys[0])![2] as readonly string[];
    const wide = cols.length === 1 ? 3 : undefined;
    return [
      [label(c, `第二十条第（${n}）项`, { cs: 4 })],
      [label(c, '信息内容'), ...cols.map((col) => label(c, colLabel(col), wide ? { cs: wide } : {}))],
      ...keys.map((row) => [
        label(c, rows.find(([k]) => k === row)![1]),
        ...cols.map((col) =>
          value(c, cellKey('activeDisclosure', row, col), r.t2[row]![col]!, {
            span: wide,
            ...(col === 'amount' ? (headerUnit ? { headerUnit } : { cellUnit: amountUnit }) : {}),
          }),
        ),
      ]),
    ];
  });
  return r.layout.t2Split && c.form === 'html' ? blocks : [blocks.flat()];
}

const NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）';
const GROUP_TEXT: Record<string, string> = { denied: '（三）不予公开', unavailable: '（四）无法提供', notProcessed: '（五）不予处理', other: '（六）其他处理' };

function t3Tables(c: Ctx): LTable[] {
  const { r } = c;
  const at = r.layout.subtotalAt;
  const leaves = [...T3_LEGAL_COLUMNS] as string[];
  if (r.legalSubtotal && at !== 'top') leaves.splice(at === 'first' ? 0 : leaves.length, 0, T3_LEGAL_SUBTOTAL);
  const top = r.legalSubtotal && at === 'top';
  const cols = ['naturalPerson', ...leaves, ...(top ? [T3_LEGAL_SUBTOTAL] : []), 'total'];
  const header: LTable = [
    [label(c, NOTE, { rs: 3, cs: 3 }), label(c, '申请人情况', { cs: cols.length })],
    [label(c, '自然人', { rs: 2 }), label(c, '法人或其他组织', { cs: leaves.length }), ...(top ? [label(c, T3_COLUMN_LABELS.legalSubtotal, { rs: 2 })] : []), label(c, '总计', { rs: 2 })],
    leaves.map((col) => label(c, col === T3_LEGAL_SUBTOTAL ? '小计' : T3_COLUMN_LABELS[col as 'total'])),
  ];
  const defs = r.format === '2019' ? T3_ROWS_2019 : T3_ROWS_2021;
  const results = new Set<string>([...t3ResultRows(r.format), 'totalProcessed']);
  const firstResult = defs.findIndex(([k]) => results.has(k));
  const split = r.layout.t3Split !== null && r.layout.t3Split < defs.length ? r.layout.t3Split : null;
  const cuts = new Set([...(split ? [split] : []), ...(r.layout.resultLabelSplit ? [firstResult + 10] : [])]);
  // Runs of rows one spanning label covers; a cut (page break, repeated label) starts a new cell.
  const runOf = (i: number, level: 0 | 1): string | null => {
    const k = defs[i]?.[0];
    if (!k || !results.has(k)) return null;
    return level === 0 ? 'results' : k.includes('.') ? k.split('.')[0]! : null;
  };
  const spanning = (i: number, level: 0 | 1, text: string): LCell[] => {
    const run = runOf(i, level);
    if (run === null || (runOf(i - 1, level) === run && !cuts.has(i))) return [];
    let n = 1;
    while (runOf(i + n, level) === run && !cuts.has(i + n)) n++;
    return [label(c, text, { rs: n })];
  };
  const data: LTable = defs.map(([row, text], i) => {
    const labels = !results.has(row)
      ? [label(c, text, { cs: 3 })]
      : [
          ...spanning(i, 0, '三、本年度办理结果'),
          ...(row.includes('.') ? [...spanning(i, 1, GROUP_TEXT[row.split('.')[0]!]!), label(c, text.split(' ').at(-1)!)] : [label(c, text, { cs: 2 })]),
        ];
    return [...labels, ...cols.map((col) => value(c, cellKey('applications', row, col), String(r.t3[row]![col])))];
  });
  if (split === null) return [[...header, ...data]];
  return [[...header, ...data.slice(0, split)], [...(r.layout.t3RepeatHeader ? header : []), ...data.slice(split)]];
}

function t4Table(c: Ctx): LTable {
  const values = T4_GROUPS.flatMap((g) => T4_LEAVES.map((l) => value(c, cellKey('reviewLitigation', g, l), String(c.r.t4[g]![l]))));
  if (c.r.layout.t4Bare) return [values];
  const leaves = (span: { rs?: number }) => T4_LEAVES.map((l) => label(c, T4_LEAF_LABELS[l], span));
  return [
    [label(c, '行政复议', { cs: 5 }), label(c, '行政诉讼', { cs: 10 })],
    [...leaves({ rs: 2 }), label(c, '未经复议直接起诉', { cs: 5 }), label(c, '复议后起诉', { cs: 5 })],
    [...leaves({}), ...leaves({})],
    values,
  ];
}

const plain = (texts: string[][]): LTable => texts.map((row) => row.map((text) => ({ text, html: esc(text) })));
const NEUTRAL = '本机关认真贯彻落实《中华人民共和国政府信息公开条例》，持续完善工作机制，规范办理流程。';

/** The report's prose, section by section, with the tables each section holds. */
function outline(c: Ctx): { prose: string[]; tables: LTable[] }[] {
  const { r } = c;
  const claims3 = r.claims ? [`本年度共收到政府信息公开申请${r.t3.newReceived!.total}件。`] : [];
  const claims4 = r.claims ? [`因政府信息公开申请引发行政复议${r.t4.review!.total}件。`] : [];
  const period = `本年度报告中所列数据的统计期限自${r.year}年1月1日起至${r.year}年12月31日止。`;
  return [
    { prose: [`${r.organ}${r.year}年政府信息公开工作年度报告`, '一、总体情况', NEUTRAL + period], tables: r.layout.extraTable ? [plain([['平台', '数量'], ['门户网站', '466条'], ['政务新媒体', '']])] : [] },
    { prose: ['二、主动公开政府信息情况'], tables: t2Tables(c) },
    { prose: ['三、收到和处理政府信息公开申请情况', ...claims3], tables: t3Tables(c) },
    { prose: ['四、政府信息公开行政复议、行政诉讼情况', ...claims4], tables: [t4Table(c)] },
    { prose: ['五、存在的主要问题及改进情况', NEUTRAL], tables: [] },
    { prose: ['六、其他需要报告的事项', r.format === '2021' ? '本年度未收取信息处理费。' : '无其他需要报告的事项。', r.organ, `${r.year + 1}年1月15日`], tables: [] },
  ];
}

/** Each row's cells in column order: origin cells, and (for text) cells covered by a rowspan from above. */
function expand(t: LTable): { cell: LCell; col: number; covered: boolean }[][] {
  const taken: boolean[][] = t.map(() => []);
  const out: { cell: LCell; col: number; covered: boolean }[][] = t.map(() => []);
  t.forEach((row, r) => {
    let col = 0;
    for (const cell of row) {
      while (taken[r]![col]) col++;
      for (let dr = 0; dr < (cell.rs ?? 1); dr++) {
        for (let dc = 0; dc < (cell.cs ?? 1); dc++) taken[r + dr]![col + dc] = true;
        out[r + dr]!.push({ cell, col, covered: dr > 0 });
      }
      col += cell.cs ?? 1;
    }
  });
  return out.map((cells) => cells.sort((a, b) => a.col - b.col));
}

export function renderHtml(r: GenReport, blankable: (key: string) => boolean): Rendered {
  const c: Ctx = { r, p: new Picker(r.noise), form: 'html', blankable };
  const expected = new Map<string, Expected>();
  let tables = 0;
  const table = (t: LTable): string => {
    const index = tables++;
    const rows = expand(t).map((cells, row) =>
      cells.flatMap(({ cell, col, covered }) => {
        if (covered) return [];
        if (cell.key && cell.expected) expected.set(cell.key, { ...cell.expected, at: { table: index, row, col } });
        return [`<td${cell.rs ? ` rowspan="${cell.rs}"` : ''}${cell.cs ? ` colspan="${cell.cs}"` : ''}>${cell.html}</td>`];
      }),
    );
    return `<table border="1"${c.p.pick(2) ? ' class="MsoNormalTable"' : ''}><tbody>${rows.map((tds) => `<tr>${tds.join('')}</tr>`).join('\n')}</tbody></table>`;
  };
  const parts = r.layout.metaTable ? [table(plain([['索引号', '014314799/2024-00002', '发布机构', r.organ]]))] : [];
  outline(c).forEach(({ prose, tables: ts }, i) => {
    prose.forEach((line, j) => parts.push(i + j === 0 ? `<h1>${esc(line)}</h1>` : `<p>${esc(line)}</p>`));
    for (const t of ts) parts.push(`<div>${table(t)}</div>`);
  });
  parts.push('<p>版权所有：某某市人民政府</p>');
  return { source: `<div class="article">${parts.join('\n')}</div>`, expected, anyBlank: anyBlank(expected) };
}

/**
 * The seeds' form: one cell per tab-led line, rows separated by blank lines; a cell covered by a
 * rowspan from above is an empty cell, as Word's text export writes it. A section's tables run
 * together into one block (no prose between them).
 */
export function renderText(r: GenReport, blankable: (key: string) => boolean): Rendered {
  const c: Ctx = { r, p: new Picker(r.noise), form: 'text', blankable };
  const expected = new Map<string, Expected>();
  const lines: string[] = ['', ''];
  let block = 0;
  for (const { prose, tables } of outline(c)) {
    lines.push(...prose);
    if (tables.length === 0) continue;
    const index = block++;
    expand(tables.flat()).forEach((cells, row) => {
      cells.forEach(({ cell, covered }, col) => {
        if (!covered && cell.key && cell.expected) expected.set(cell.key, { ...cell.expected, at: { table: index, row, col, line: lines.length + 1 } });
        lines.push(...`\t${covered ? '' : cell.text}`.split('\n'));
      });
      lines.push('');
    });
    lines.push('', '');
  }
  return { source: lines.join('\n'), expected, anyBlank: anyBlank(expected) };
}

const anyBlank = (expected: Map<string, Expected>): boolean => [...expected.values()].some((e) => e.kind !== 'number');
export const tableOf = (key: string): TableKey => key.split('|')[0] as TableKey;
