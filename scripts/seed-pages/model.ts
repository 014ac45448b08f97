// What a seed says, in the order it says it: prose lines and tables, the report tables laid out
// as the official templates lay them out (SPEC §2), with the seed's own labels and cell texts.
import { gridsFromText, type Grid } from '../../lib/grid';
import { scanText } from '../../lib/grid/text';
import { T3_COLUMNS, T4_GROUPS, T4_LEAVES, type ParsedReport } from '../../lib/model';
import { parseText } from '../../lib/parse';

export interface Spec {
  text: string;
  colspan?: number;
  rowspan?: number;
}
export type Rows = Spec[][];

export type Piece =
  | { kind: 'line'; text: string; title: boolean }
  | { kind: 't2'; blocks: Rows[] }
  | { kind: 't3'; header: Rows; parts: Rows[] }
  | { kind: 't4'; header: Rows; values: Spec[] }
  | { kind: 'other'; rows: Rows };

export interface Seed {
  name: string;
  report: ParsedReport;
  pieces: Piece[];
}

const T2_WIDTH = 4;

/** Seed rows as they are, the last cell widened to the table's width (table 2 and non-template tables). */
function padded(grid: Grid, width: number): Rows {
  return grid.rows.map((row) =>
    row.map((c, i) => (i === row.length - 1 && row.length < width ? { text: c.text, colspan: width - row.length + 1 } : { text: c.text })),
  );
}

/** Table 2 cut into its 第二十条 blocks (caption, header, rows). */
function t2Blocks(grid: Grid): Rows[] {
  const blocks: Rows[] = [];
  for (const row of padded(grid, T2_WIDTH)) {
    if (row.length === 1 && row[0]!.text.startsWith('第二十条')) blocks.push([]);
    (blocks.at(-1) ?? (blocks.push([]), blocks[0]!)).push(row);
  }
  return blocks;
}

const GROUPS: Record<string, { label: string; size: number }> = {
  denied: { label: '（三）不予公开', size: 8 },
  unavailable: { label: '（四）无法提供', size: 3 },
  notProcessed: { label: '（五）不予处理', size: 5 },
};

/**
 * Table 3 in the official layout: the 3×3 note, 申请人情况 over 7, 自然人/总计 over two rows,
 * 三、本年度办理结果 over the result rows; cut in two after the 不予公开 rows when `split`
 * (the second part repeats the 三、 cell, as pages split across two tables do).
 */
function t3Layout(report: ParsedReport, grid: Grid, split: boolean): { header: Rows; parts: Rows[] } {
  const table = report.tables.applications!;
  const labelAt = (key: string): string => {
    const at = report.labels.find((l) => l.table === 'applications' && l.key === key)!.at;
    return grid.rows[at.row]![at.col]!.text;
  };
  const header: Rows = [
    [{ text: grid.rows[0]![0]!.text, rowspan: 3, colspan: 3 }, { text: '申请人情况', colspan: 7 }],
    [{ text: '自然人', rowspan: 2 }, { text: '法人或其他组织', colspan: 5 }, { text: '总计', rowspan: 2 }],
    ['商业企业', '科研机构', '社会公益组织', '法律服务机构', '其他'].map((text) => ({ text })),
  ];
  const values = (key: string): Spec[] => T3_COLUMNS.map((c) => ({ text: table[key]![c]!.raw }));
  const keys = Object.keys(table);
  const results = keys.filter((k) => k !== 'newReceived' && k !== 'carriedOver' && k !== 'carriedForward');
  const cut = split ? results.findIndex((k) => k.startsWith('unavailable')) : results.length;
  const parts: Rows[] = [[], []];
  for (const key of ['newReceived', 'carriedOver']) parts[0]!.push([{ text: labelAt(key), colspan: 3 }, ...values(key)]);
  results.forEach((key, i) => {
    const part = parts[i < cut ? 0 : 1]!;
    const row: Spec[] = [];
    if (i === 0 || i === cut) row.push({ text: '三、本年度办理结果', rowspan: i < cut ? cut : results.length - cut });
    const [group, leaf] = key.split('.');
    if (leaf && GROUPS[group!]) {
      const first = results.findIndex((k) => k.startsWith(`${group}.`));
      if (i === first) row.push({ text: GROUPS[group!]!.label, rowspan: GROUPS[group!]!.size });
      row.push({ text: labelAt(key) });
    } else {
      row.push({ text: labelAt(key), colspan: 2 });
    }
    part.push([...row, ...values(key)]);
  });
  parts[split ? 1 : 0]!.push([{ text: labelAt('carriedForward'), colspan: 3 }, ...values('carriedForward')]);
  return { header, parts: parts.filter((p) => p.length > 0) };
}

/** Table 4 in the official layout, headers as the seed words them. */
function t4Layout(report: ParsedReport, grid: Grid): { header: Rows; values: Spec[] } {
  const [top, middle, bottom] = grid.rows.map((r) => r.map((c) => c.text).filter((t) => t !== ''));
  const header: Rows = [
    [{ text: top![0]!, colspan: 5 }, { text: top![1]!, colspan: 10 }],
    [...middle!.slice(0, 5).map((text) => ({ text, rowspan: 2 })), { text: middle![5]!, colspan: 5 }, { text: middle![6]!, colspan: 5 }],
    bottom!.map((text) => ({ text })),
  ];
  const t4 = report.tables.reviewLitigation!;
  return { header, values: T4_GROUPS.flatMap((g) => T4_LEAVES.map((l) => ({ text: t4[g]![l]!.raw }))) };
}

export function readSeed(name: string, text: string, splitT3: boolean): Seed {
  const outcome = parseText(text);
  if (outcome.status !== 'report') throw new Error(`${name}: ${outcome.status}`);
  const report = outcome.report;
  const { prose } = scanText(text);
  const grids = gridsFromText(text);
  const tableOf = new Map<number, keyof ParsedReport['tables']>();
  for (const [key, t] of Object.entries(report.tables)) {
    for (const cols of Object.values(t ?? {})) for (const c of Object.values(cols)) tableOf.set(c.at.table, key as never);
  }
  const titleLines = new Set(prose.slice(0, 3).filter((p) => report.title!.includes(p.text) || report.organ?.includes(p.text.replace(/[（）]/g, ''))).map((p) => p.line));
  const items: { line: number; piece: Piece }[] = prose.map((p) => ({ line: p.line, piece: { kind: 'line', text: p.text, title: titleLines.has(p.line) } }));
  grids.forEach((grid, i) => {
    const line = grid.rows[0]![0]!.ref.line!;
    const which = tableOf.get(i);
    const piece: Piece =
      which === 'activeDisclosure'
        ? { kind: 't2', blocks: t2Blocks(grid) }
        : which === 'applications'
          ? { kind: 't3', ...t3Layout(report, grid, splitT3) }
          : which === 'reviewLitigation'
            ? { kind: 't4', ...t4Layout(report, grid) }
            : { kind: 'other', rows: padded(grid, Math.max(...grid.rows.map((r) => r.length))) };
    items.push({ line, piece });
  });
  return { name, report, pieces: items.sort((a, b) => a.line - b.line).map((i) => i.piece) };
}
