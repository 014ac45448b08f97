import type { T3Row } from '../model';
import { isT3Group, t2Caption, t2ColumnOf, t2RowKey, t3ColumnKey, t3RowKey, t4LeafKey, type T2Column } from './labels';
import { isValueKind, type PCell, type SRow } from './stream';

/** A header cell and the canonical column it names. */
export interface Column<K extends string = string> {
  key: K;
  cell: PCell;
}
export interface Header<K extends string = string> {
  grid: number;
  columns: Column<K>[];
}
/** A data row as found: the key its label gave, the label cells, and the cells to the right. */
export interface FoundRow<K extends string = string> {
  key: K;
  grid: number;
  labels: PCell[];
  values: PCell[];
  /** Cells merged down from rows above, read when a header column has no cell of this row under it. */
  copies: PCell[];
  header: Header | null;
}

export interface Found {
  t2: { rows: FoundRow[]; headers: Header<string>[]; columnFormats: T2Column['format'][]; captions: string[] };
  t3: { rows: FoundRow<T3Row>[] } | null;
  t4: { values: PCell[]; grid: number; header: Header | null; groupLabel: PCell | null } | null;
}

const T4_SIZE = 15;

/** Splits a row at its rightmost label cell: the label cells and the values to the right of it. */
function splitAtLabel(cells: PCell[], isLabel: (c: PCell) => boolean): { labels: PCell[]; values: PCell[] } | null {
  for (let i = cells.length - 1; i >= 0; i--) {
    if (!isLabel(cells[i]!)) continue;
    const values = cells.slice(i + 1);
    // A label with nothing readable to its right is a header or a caption, not a data row.
    if (values.length === 0 || values.filter(isValueKind).length * 2 < values.length) return null;
    return { labels: cells.slice(0, i + 1).filter((c) => c.text !== ''), values };
  }
  return null;
}

/** A row of numbers (and blanks) after any leading label cells, allowing `unreadable` text cells among them. */
function valueRun(cells: PCell[], unreadable: number): PCell[] | null {
  let start = 0;
  while (start < cells.length && cells[start]!.read.kind === 'text') start++;
  const values = cells.slice(start);
  return values.length > 0 && values.filter((c) => !isValueKind(c)).length <= unreadable ? values : null;
}

const isT4Header = (cells: PCell[]): boolean =>
  (cells.some((c) => c.core.startsWith('行政复议')) && cells.some((c) => c.core.startsWith('行政诉讼'))) ||
  cells.filter((c) => t4LeafKey(c.core) !== null).length >= 3;

const isT3Start = (cells: PCell[]): boolean =>
  cells.some((c) => c.core.includes('申请人情况') || c.core.includes('勾稽关系'));

const t3HeaderColumns = (cells: PCell[]): number => cells.filter((c) => t3ColumnKey(c.core) !== null).length;

/**
 * Walks the row stream once and picks out tables 2, 3 and 4 by their marker rows and labels,
 * wherever they sit and however they are split: table 2 from its 第二十条 captions and headers,
 * table 3 from 申请人情况 (or its first row label), table 4 from its 行政复议/行政诉讼 header or
 * as the first bare row of 15 numbers after table 3.
 */
export function findTables(rows: SRow[]): Found {
  const found: Found = { t2: { rows: [], headers: [], columnFormats: [], captions: [] }, t3: null, t4: null };
  let zone: 'none' | 't2' | 't3' | 'after-t3' | 't4' = 'none';
  let t2Header: Header | null = null;
  let t3HeaderRows: SRow[] = [];
  let t3Header: Header | null = null;
  const t4HeaderRows: SRow[] = [];

  const t3 = (): NonNullable<Found['t3']> => (found.t3 ??= { rows: [] });

  // Whether the row before was a table 2 header of one cell (see below).
  let oneCellHeader = false;
  for (const row of rows) {
    const cells = row.cells;
    const afterOneCellHeader = oneCellHeader;
    oneCellHeader = false;
    if (cells.every((c) => c.text === '')) {
      if (zone === 't4' && t4HeaderRows.length > 0 && cells.length >= T4_SIZE && !found.t4) {
        found.t4 = t4From(cells, row.grid, t4HeaderRows);
        zone = 'none';
      }
      continue;
    }
    // Only text cells can be captions, headers or labels; a row of numbers is skipped cheaply.
    const texts = cells.filter((c) => c.read.kind === 'text');
    // A loop, not map().find(): an array method on arrays of different element kinds (an empty map's
    // and a full one's) threw this function's optimised code away twice a batch, ~100 ms each time.
    let caption: string | null = null;
    for (let i = 0; i < texts.length && caption === null; i++) caption = t2Caption(texts[i]!.text);
    if (caption) {
      zone = 't2';
      found.t2.captions.push(caption);
      continue;
    }
    if (isT3Start(cells) || (zone !== 't3' && t3HeaderColumns(cells) >= 3 && cells.some((c) => c.core === '自然人'))) {
      if (zone !== 't3') t3HeaderRows = [];
      zone = 't3';
      t3HeaderRows.push(row);
      t3Header = t3HeaderFrom(t3HeaderRows);
      continue;
    }
    if (zone === 't3' && t3HeaderColumns(cells) >= 2) {
      // A header (or one repeated where the table continues on a new page): columns apply from here on.
      if (t3HeaderRows.length === 0 || t3HeaderRows.at(-1)!.grid !== row.grid) t3HeaderRows = [];
      t3HeaderRows.push(row);
      t3Header = t3HeaderFrom(t3HeaderRows);
      continue;
    }
    if (isT4Header(cells) && !found.t4) {
      zone = 't4';
      t4HeaderRows.push(row);
      continue;
    }
    if (zone === 't4' && !found.t4) {
      const values = valueRun(cells, 1);
      if (values && values.length >= 10) {
        found.t4 = t4From(values, row.grid, t4HeaderRows);
        zone = 'none';
      }
      continue;
    }
    // Table 2's column headers: read only outside table 3.
    const columns =
      zone === 't3'
        ? []
        : texts.flatMap((cell) => {
            const col = t2ColumnOf(cell.text);
            return col ? [{ ...col, cell }] : [];
          });
    // A 信息内容 header opens table 2 even where the 第二十条 captions were left out.
    if (zone !== 't3' && columns.length > 0 && cells.some((c) => c.core === '信息内容')) zone = 't2';
    if (zone === 't2') {
      if (columns.length > 0 && !cells.some((c) => t2RowKey(c.core))) {
        const own = columns.map(({ key, cell }) => ({ key, cell }));
        // Text written a label per line gives a header a column per line: one header, read on.
        if (cells.length === 1 && afterOneCellHeader && t2Header) t2Header.columns.push(...own);
        else found.t2.headers.push((t2Header = { grid: row.grid, columns: own }));
        found.t2.columnFormats.push(...columns.map((c) => c.format));
        oneCellHeader = cells.length === 1;
        continue;
      }
      const split = splitAtLabel(cells, (c) => c.core !== '' && t2RowKey(c.core) !== null);
      if (split) {
        const key = t2RowKey(split.labels.at(-1)!.core)!;
        found.t2.rows.push({ key, grid: row.grid, ...split, copies: row.copies, header: t2Header });
        continue;
      }
    }
    const split = texts.length > 0 ? splitAtLabel(cells, (c) => c.core !== '' && (t3RowKey(c.core) !== null || isT3Group(c.core))) : null;
    const key = split && t3RowKey(split.labels.at(-1)!.core);
    if (split && key && (zone === 't3' || key === 'newReceived')) {
      if (zone !== 't3') t3Header = null; // table 3 with its header lost
      zone = 't3';
      t3().rows.push({ key, grid: row.grid, ...split, copies: row.copies, header: t3Header });
      if (key === 'carriedForward') zone = 'after-t3';
      continue;
    }
    if (!found.t4 && found.t3 && found.t3.rows.length > 0 && zone !== 't2') {
      // Table 4 with its headers lost: a bare row of exactly 15 numbers after table 3.
      const values = valueRun(cells, 0);
      if (values && values.length === T4_SIZE) {
        found.t4 = t4From(values, row.grid, []);
        zone = 'none';
      }
    }
  }
  return found;
}

/**
 * Table 3's columns in order, from its header rows: 自然人, the leaves under 法人或其他组织
 * (one header row down), 总计; an added 小计 column is kept where the header puts it.
 */
function t3HeaderFrom(headerRows: SRow[]): Header | null {
  const leaves = (row: SRow): Column[] =>
    row.cells.flatMap((cell) => {
      const key = t3ColumnKey(cell.core);
      return key && key !== 'group' ? [{ key, cell }] : [];
    });
  const top = headerRows.findIndex((r) => r.cells.some((c) => c.core === '自然人'));
  let columns: Column[] = [];
  if (top >= 0) {
    const below = headerRows.slice(top + 1).find((r) => leaves(r).length >= 2);
    for (const cell of headerRows[top]!.cells) {
      const key = t3ColumnKey(cell.core);
      if (key === 'group') columns.push(...(below ? leaves(below) : []));
      else if (key) columns.push({ key, cell });
    }
  } else {
    columns = headerRows.map(leaves).reduce((a, b) => (b.length > a.length ? b : a), []);
  }
  const seen = new Set<string>();
  columns = columns.filter((c) => !seen.has(c.key) && seen.add(c.key));
  // A header we cannot read whole is no guide: the template's order is the better one.
  return columns.length >= 7 ? { grid: headerRows[top >= 0 ? top : 0]!.grid, columns } : null;
}

function t4From(values: PCell[], grid: number, headerRows: SRow[]): NonNullable<Found['t4']> {
  const leaves = headerRows.flatMap((r) => r.cells.filter((c) => t4LeafKey(c.core) !== null));
  const header = leaves.length === T4_SIZE ? { grid: headerRows.at(-1)!.grid, columns: leaves.map((cell) => ({ key: t4LeafKey(cell.core)!, cell })) } : null;
  const groupLabel = headerRows.flatMap((r) => r.cells).find((c) => c.core.startsWith('行政复议')) ?? null;
  return { values, grid, header, groupLabel };
}
