import { readCell } from '../cells';
import type { Grid } from '../grid';
import type { Cell, CellRef } from '../model';
import { core, MAX_LABEL } from './labels';

/** One cell of a parse row: an origin cell with the grid columns it covers. */
export interface PCell {
  text: string;
  ref: CellRef;
  col: number;
  /** Last grid column the cell covers (col + colspan - 1). */
  end: number;
  /** `core()` of the text; '' for values and for cells too long to be a label. */
  core: string;
  /** The cell's value as `readCell` reads it: what a table keeps, and whether it can be a label (`kind` text). */
  read: Cell;
}

export interface SRow {
  /** Index of the grid in the list the stream was built from. */
  grid: number;
  cells: PCell[];
  /** Slots covered by a cell from a row above (rowspan), e.g. one blank merged down a column. */
  copies: PCell[];
}

// A report's tables have well under a hundred rows; past these limits a table is not one of them.
export const MAX_ROWS_PER_TABLE = 2_000;
const MAX_ROWS = 20_000;

/**
 * All grids' rows in document order, each reduced to its origin cells (spanned copies removed,
 * blanks kept), so a table split over several `<table>` elements reads as one. In an HTML grid a
 * slot no `<td>` covers (a hole in a short row) is left out: there is nothing on the page to read or mark.
 */
export function streamRows(grids: Grid[], html: boolean): { rows: SRow[]; skippedRows: number } {
  const rows: SRow[] = [];
  let skippedRows = 0;
  grids.forEach((grid, g) => {
    grid.rows.forEach((slots, r) => {
      if (r >= MAX_ROWS_PER_TABLE || rows.length >= MAX_ROWS) {
        skippedRows++;
        return;
      }
      const cells: PCell[] = [];
      const copies: PCell[] = [];
      for (let c = 0; c < slots.length; c++) {
        const slot = slots[c]!;
        if (slots[c - 1]?.ref === slot.ref) continue; // the rest of a colspan: counted in `end`
        if (html && slot.cell === undefined) continue;
        let end = c;
        while (slots[end + 1]?.ref === slot.ref) end++;
        const text = slot.text;
        const read = readCell(text, slot.ref);
        // Only text can be a label: numbers, blanks and placeholders need no `core`.
        const cell = { text, ref: slot.ref, col: c, end, core: read.kind === 'text' && text.length <= MAX_LABEL ? core(text) : '', read };
        (slot.origin ? cells : copies).push(cell);
      }
      rows.push({ grid: g, cells, copies });
    });
  });
  return { rows, skippedRows };
}

export const isValueKind = (c: PCell): boolean => c.read.kind !== 'text';
