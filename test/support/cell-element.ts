import { gridFromTable } from '../../lib/grid';
import type { CellRef } from '../../lib/model';

/**
 * The `<td>`/`<th>` a finding's cell ref points at: tests check that a value was read from the
 * cell the ref names. (The extension keeps the grids it read and looks the element up there.)
 */
export function cellElement(root: Document, ref: CellRef): Element | null {
  const table = root.getElementsByTagName('table')[ref.table];
  if (!table) return null;
  return gridFromTable(table, ref.table).rows[ref.row]?.[ref.col]?.element ?? null;
}
