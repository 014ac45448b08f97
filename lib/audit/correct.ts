import { readCell } from '../cells';
import { refKey, TABLE_KEYS, type Cell, type HandCorrection, type ParsedReport, type Table } from '../model';

/**
 * The report with a person's corrections in place (SPEC §3): each corrected cell is read again
 * from what they typed, and keeps what the reader had found in `corrected`. Rules then run on the
 * corrected values. Corrections apply to what the parser read, never to an earlier correction:
 * typing back what was read undoes one; the last for a cell wins; one naming no cell of the
 * report's tables is ignored.
 */
export function applyCorrections(report: ParsedReport, corrections: readonly HandCorrection[]): ParsedReport {
  if (corrections.length === 0) return report;
  const typed = new Map(corrections.map((c) => [refKey(c.at), c.raw]));
  const tables = { ...report.tables };
  for (const key of TABLE_KEYS) {
    const table = tables[key];
    if (table) tables[key] = correctTable(table, typed);
  }
  return { ...report, tables };
}

function correctTable(table: Table, typed: ReadonlyMap<string, string>): Table {
  const out: Table = {};
  for (const [row, columns] of Object.entries(table)) {
    const next: Record<string, Cell> = {};
    for (const [col, cell] of Object.entries(columns)) {
      const raw = typed.get(refKey(cell.at));
      next[col] = raw === undefined ? cell : corrected(cell, raw);
    }
    out[row] = next;
  }
  return out;
}

function corrected(cell: Cell, raw: string): Cell {
  // Typing back what was read undoes the correction.
  if (raw.trim() === cell.raw.trim()) return cell;
  return { ...readCell(raw, cell.at), corrected: { by: 'hand', raw: cell.raw, value: cell.value } };
}
