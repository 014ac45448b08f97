import type { CellRef, Cell } from './cell';
import { TABLE_KEYS, type TableKey } from './keys';
import type { Report } from './report';

/** A mapped cell with the canonical keys it sits under. */
export interface PlacedCell {
  table: TableKey;
  row: string;
  col: string;
  cell: Cell;
}

/** A cell position as a map key; also the cell part of a finding's id. Another report's cell keeps its URL in front, so it never finds a cell of this page. */
/** The refs that are on this page: what an overlay can mark (cross-year findings also name last year's cells). */
export const onThisPage = (refs: readonly CellRef[]): CellRef[] => refs.filter((r) => r.url === undefined);

export const refKey = (at: CellRef): string =>
  at.url === undefined ? `${at.table}.${at.row}.${at.col}` : `${at.url}#${at.table}.${at.row}.${at.col}`;

export function compareRefs(a: CellRef, b: CellRef): number {
  return a.table - b.table || a.row - b.row || a.col - b.col;
}

/** Every cell of one table (or all three), table by table, rows and columns in the model's order. */
export function cellsOf(report: Pick<Report, 'tables'>, only?: TableKey): PlacedCell[] {
  const out: PlacedCell[] = [];
  for (const table of only ? [only] : TABLE_KEYS) {
    const rows = report.tables[table] ?? {};
    // Keys, not entries: no pair is made for every cell of the report.
    for (const row of Object.keys(rows)) {
      const columns = rows[row]!;
      for (const col of Object.keys(columns)) out.push({ table, row, col, cell: columns[col]! });
    }
  }
  return out;
}
