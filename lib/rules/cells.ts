import { TABLE_KEYS, type Cell, type CellRef, type ParsedReport, type TableKey } from '../model';
import type { Term } from './labels';

export interface LocatedCell extends Term {
  cell: Cell;
}

export const cellAt = (report: ParsedReport, t: Term): Cell | undefined => report.tables[t.table]?.[t.row]?.[t.col];

/** Blank and placeholder cells hold no value but are not unreadable (SPEC §3). */
export const isEmpty = (cell: Cell): boolean => cell.kind === 'blank' || cell.kind === 'placeholder';

/** Money columns hold decimals with units; every other numeric cell is a count. */
const MONEY_COLUMNS = new Set(['amountWan', 'amount']);
export const isCount = (t: Term): boolean => !(t.table === 'activeDisclosure' && MONEY_COLUMNS.has(t.col));

/** Every cell of one table (or all three), in reading order of the page. */
export function cellsOf(report: ParsedReport, only?: TableKey): LocatedCell[] {
  const out: LocatedCell[] = [];
  for (const table of only ? [only] : TABLE_KEYS) {
    for (const [row, columns] of Object.entries(report.tables[table] ?? {})) {
      for (const [col, cell] of Object.entries(columns)) out.push({ table, row, col, cell });
    }
  }
  return out.sort((a, b) => compareRefs(a.cell.at, b.cell.at));
}

export const refKey = (at: CellRef): string => `${at.table}.${at.row}.${at.col}`;

export function compareRefs(a: CellRef, b: CellRef): number {
  return a.table - b.table || a.row - b.row || a.col - b.col;
}

/** Lexicographic over cell lists, so a finding without cells sorts first. */
export function compareRefLists(a: readonly CellRef[], b: readonly CellRef[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareRefs(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
