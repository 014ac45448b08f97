import {
  T2_ROWS_2019,
  T2_ROWS_2021,
  T3_COLUMNS,
  T4_GROUPS,
  T4_LEAVES,
  Cell,
  inSchemaOrder,
  type Bilingual,
  type FoundLabel,
  type Format,
  type Table,
  type Tables,
  type UnalignedRow,
} from '../model';
import type { Found, FoundRow, Header } from './find';
import type { PCell } from './stream';

export interface Built {
  tables: Tables;
  labels: FoundLabel[];
  format: Format;
  notes: Bilingual[];
  unaligned: UnalignedRow[];
}

type TableKey = FoundLabel['table'];
const TABLE_ZH: Record<TableKey, string> = { activeDisclosure: '表二', applications: '表三', reviewLitigation: '表四' };
const TABLE_EN: Record<TableKey, string> = { activeDisclosure: 'Table 2', applications: 'Table 3', reviewLitigation: 'Table 4' };

/**
 * Pairs column keys with a row's value cells. In order when the counts agree (or there is no
 * header to go by); by the header's grid columns when they do not, as when a header cell spans
 * an empty spacer column and shifts the values.
 */
function assign(keys: string[], header: Header | null, values: PCell[], grid: number, spans: boolean, copies: PCell[] = []): [string, PCell][] {
  const byPosition = spans && header !== null && header.grid === grid && header.columns.length === keys.length;
  if (values.length === keys.length || !byPosition) return keys.slice(0, values.length).map((k, i) => [k, values[i]!]);
  const first = values[0]?.col ?? Infinity;
  return header.columns.flatMap(({ key, cell: h }): [string, PCell][] => {
    const over = (v: PCell): boolean => v.col <= h.end && v.end >= h.col;
    const under = values.filter(over);
    const pick = under.find((v) => v.text !== '') ?? under[0] ?? copies.find((v) => over(v) && v.end >= first);
    return pick ? [[key, pick]] : [];
  });
}

const RESULTS_GROUP = '本年度办理结果';

function rowLabel(labels: PCell[]): string {
  // 三、本年度办理结果 spans the result rows: it is context, not part of each row's own label.
  // pdf.js gives only 「三、本年」 of the vertical label in a published PDF (hongze-district-2023).
  const own = labels.filter((c) => c.core.length < 2 || !RESULTS_GROUP.startsWith(c.core));
  return (own.length > 0 ? own : labels).map((c) => c.text).join(' ');
}

function extraValuesNote(table: TableKey, label: string, got: number, expected: number): Bilingual {
  return {
    zh: `${TABLE_ZH[table]}「${label}」行有 ${got} 个数值，表头只有 ${expected} 列，多出的数值未读取`,
    en: `${TABLE_EN[table]} row "${label}" has ${got} values but the header has ${expected} columns; the extra values were not read`,
  };
}

class TableBuilder {
  readonly table: Table = {};
  constructor(
    readonly key: TableKey,
    readonly out: Built,
  ) {}

  addRow(row: FoundRow, keys: string[], spans: boolean, unitOf?: (col: string) => string | undefined): void {
    if (this.table[row.key]) return; // first occurrence wins; a repeat is a copy or a stray table
    const label = rowLabel(row.labels);
    const at = row.labels.at(-1)!.ref;
    // Text has no cell positions: with fewer values than columns (a blank lost, two numbers run
    // together) nothing says which value is which column's, and guessing would invent errors.
    if (!spans && keys.length > 1 && row.values.length < keys.length) {
      this.out.unaligned.push({ table: this.key, key: row.key, raw: label, at, values: row.values.length, columns: keys.length });
      this.out.labels.push({ table: this.key, key: row.key, raw: label, at });
      return;
    }
    const cells: Record<string, Cell> = {};
    for (const [col, v] of assign(keys, row.header, row.values, row.grid, spans, row.copies)) {
      const cell = v.read;
      const unit = unitOf?.(col);
      // The unit in its place among the cell's keys: an HTML export is written as built.
      cells[col] = cell.unit === undefined && unit && cell.kind === 'number' ? inSchemaOrder(Cell, { ...cell, unit }) : cell;
    }
    if (row.values.length > keys.length && (!spans || row.header?.grid !== row.grid)) {
      this.out.notes.push(extraValuesNote(this.key, label, row.values.length, keys.length));
    }
    this.table[row.key] = cells;
    this.out.labels.push({ table: this.key, key: row.key, raw: label, at });
  }

  addColumnLabels(header: Header | null): void {
    for (const { key, cell } of header?.columns ?? []) this.out.labels.push({ table: this.key, key, raw: cell.text, at: cell.ref });
  }
}

function detectFormat(found: Found): Format {
  const t3Keys = found.t3?.rows.map((r) => r.key) ?? [];
  const y2019 =
    found.t2.captions.includes('九') ||
    found.t2.columnFormats.includes('2019') ||
    found.t2.rows.some((r) => r.key === 'procurement' || r.key === 'otherServices') ||
    t3Keys.includes('other');
  const y2021 = found.t2.columnFormats.includes('2021') || t3Keys.some((k) => k.startsWith('other.'));
  return y2019 && y2021 ? 'mixed' : y2019 ? '2019' : y2021 ? '2021' : 'unknown';
}

function t2Defaults(format: Format, row: string): string[] {
  const of = (rows: typeof T2_ROWS_2019 | typeof T2_ROWS_2021): string[] | undefined =>
    rows.find(([k]) => k === row)?.[2].slice();
  return (format === '2019' ? of(T2_ROWS_2019) : (of(T2_ROWS_2021) ?? of(T2_ROWS_2019))) ?? [];
}

const unitFromHeader = (header: Header | null, col: string): string | undefined => {
  const text = header?.columns.find((c) => c.key === col)?.cell.text ?? '';
  return text.includes('万元') ? '万元' : text.includes('元') ? '元' : undefined;
};

function buildT2(found: Found, format: Format, spans: boolean, out: Built): Table | null {
  if (found.t2.rows.length === 0) return null;
  const b = new TableBuilder('activeDisclosure', out);
  for (const header of found.t2.headers) b.addColumnLabels(header);
  for (const row of found.t2.rows) {
    const keys = row.header?.columns.map((c) => c.key) ?? t2Defaults(format, row.key);
    // The procurement amount's unit is not fixed (元 or 万元): keep the header's when the cell has none.
    b.addRow(row, keys, spans, row.key === 'procurement' ? (col) => (col === 'amount' ? unitFromHeader(row.header, col) : undefined) : undefined);
  }
  return b.table;
}

function buildT3(found: Found, spans: boolean, out: Built): Table | null {
  if (!found.t3 || found.t3.rows.length === 0) return null;
  const b = new TableBuilder('applications', out);
  const headers = new Set(found.t3.rows.map((r) => r.header));
  for (const header of headers) b.addColumnLabels(header);
  for (const row of found.t3.rows) b.addRow(row, row.header?.columns.map((c) => c.key) ?? [...T3_COLUMNS], spans);
  return b.table;
}

function buildT4(found: Found, spans: boolean, out: Built): Table | null {
  const t4 = found.t4;
  if (!t4) return null;
  const keys = T4_GROUPS.flatMap((g) => T4_LEAVES.map((l) => `${g}.${l}`));
  const header = t4.header && { ...t4.header, columns: t4.header.columns.map((c, i) => ({ ...c, key: keys[i]! })) };
  const table: Table = {};
  if (!spans && t4.values.length < keys.length) {
    // Fewer than 15 values in text: which group a number belongs to is anyone's guess (see addRow).
    const at = (t4.groupLabel ?? t4.values[0]!).ref;
    for (const group of T4_GROUPS) {
      out.unaligned.push({ table: 'reviewLitigation', key: group, raw: t4.groupLabel?.text ?? '', at, values: t4.values.length, columns: keys.length });
    }
    return table;
  }
  for (const [key, v] of assign(keys, header, t4.values, t4.grid, spans)) {
    const [group, leaf] = key.split('.') as [string, string];
    (table[group] ??= {})[leaf] = v.read;
  }
  if (t4.values.length > keys.length && !(spans && header?.grid === t4.grid)) {
    out.notes.push(extraValuesNote('reviewLitigation', '', t4.values.length, keys.length));
  }
  if (t4.groupLabel) out.labels.push({ table: 'reviewLitigation', key: 'review', raw: t4.groupLabel.text, at: t4.groupLabel.ref });
  for (const { key, cell } of t4.header?.columns ?? []) out.labels.push({ table: 'reviewLitigation', key, raw: cell.text, at: cell.ref });
  return table;
}

/** Turns the rows found into canonical tables (SPEC §2), the labels as written, and the format. */
export function buildTables(found: Found, spans: boolean): Built {
  const out: Built = {
    tables: { activeDisclosure: null, applications: null, reviewLitigation: null },
    labels: [],
    format: detectFormat(found),
    notes: [],
    unaligned: [],
  };
  out.tables = {
    activeDisclosure: buildT2(found, out.format, spans, out),
    applications: buildT3(found, spans, out),
    reviewLitigation: buildT4(found, spans, out),
  };
  return out;
}
