import type { CellRef } from '../model';
import type { SnapshotTable } from '../snapshot/schema';
import type { Grid, GridCell } from './types';

/** A slot budget per table, so a hostile or absurd table cannot take the page down; rows past it are reported, not kept. */
export const MAX_SLOTS_PER_TABLE = 400_000;

/**
 * The HTML table model on a table read as data (lib/grid/html `readTable`): rowspan/colspan
 * expanded into slots, rowspan=0 to the end of the row group, any rowspan clipped there. Stops,
 * marking the grid truncated, past `maxRows` rows or the slot budget. Each covered slot names its
 * cell's position in reading order (`cell`), and its element when `elements` are given.
 */
export function tableGrid(table: Pick<SnapshotTable, 'groups'>, index: number, maxRows = Infinity, elements?: readonly Element[]): Grid {
  const rows: GridCell[][] = [];
  let slots = 0;
  let truncated = false;
  let r = 0;
  let cell = 0;
  outer: for (const group of table.groups) {
    const end = r + group.length;
    for (const tr of group) {
      if (r >= maxRows) {
        truncated = true;
        break outer;
      }
      const row = (rows[r] ??= []);
      let col = 0;
      for (const td of tr) {
        const at = cell++;
        while (row[col] !== undefined) col++;
        // Most cells are their text alone (no spans).
        const plain = typeof td === 'string';
        const text = plain ? td : td[0];
        const colspan = plain ? 1 : td[1];
        const spanned = plain ? 1 : td[2];
        const rowspan = Math.min(spanned === 0 ? end - r : spanned, end - r);
        if (slots + rowspan * colspan > MAX_SLOTS_PER_TABLE) {
          truncated = true;
          break outer;
        }
        slots += rowspan * colspan;
        const ref: CellRef = { table: index, row: r, col };
        const element = elements?.[at];
        for (let dr = 0; dr < rowspan; dr++) {
          const target = (rows[r + dr] ??= []);
          for (let dc = 0; dc < colspan; dc++) {
            // Overlapping spans are a table-model error: the earlier cell keeps the slot, as browsers render it.
            if (target[col + dc] === undefined) {
              const slot: GridCell = { text, ref, origin: dr === 0 && dc === 0, cell: at };
              if (element) slot.element = element;
              target[col + dc] = slot;
            }
          }
        }
        col += colspan;
      }
      r++;
    }
    rows.length = Math.max(rows.length, end);
  }
  if (truncated) rows.length = r;
  for (let i = 0; i < rows.length; i++) {
    const row = (rows[i] ??= []);
    // A slot no cell covers (a short row under a rowspan) is an empty cell of its own.
    for (let c = 0; c < row.length; c++) {
      row[c] ??= { text: '', ref: { table: index, row: i, col: c }, origin: true };
    }
  }
  return truncated ? { table: index, rows, truncated } : { table: index, rows };
}
