import { cellsOf as placedCells, compareRefs, type Cell, type CellRef, type ParsedReport, type PlacedCell, type TableKey } from '../model';
import type { Term } from './labels';

export { compareRefs, refKey } from '../model';
/** The rules name a cell by its canonical keys (a Term) and hold the cell beside them. */
export type LocatedCell = PlacedCell;

export const cellAt = (report: ParsedReport, t: Term): Cell | undefined => report.tables[t.table]?.[t.row]?.[t.col];

/** Blank and placeholder cells hold no value but are not unreadable (SPEC §3). */
export const isEmpty = (cell: Cell): boolean => cell.kind === 'blank' || cell.kind === 'placeholder';

/** Money columns hold decimals with units; every other numeric cell is a count. */
const MONEY_COLUMNS = new Set(['amountWan', 'amount']);
export const isCount = (t: Term): boolean => !(t.table === 'activeDisclosure' && MONEY_COLUMNS.has(t.col));

/** Every cell of one table (or all three), in reading order of the page: findings list cells that way. */
export const cellsOf = (report: ParsedReport, only?: TableKey): LocatedCell[] =>
  placedCells(report, only).sort((a, b) => compareRefs(a.cell.at, b.cell.at));

/** Lexicographic over cell lists, so a finding without cells sorts first. */
export function compareRefLists(a: readonly CellRef[], b: readonly CellRef[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = compareRefs(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return a.length - b.length;
}
