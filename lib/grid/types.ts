import type { CellRef } from '../model';

/** One slot of an expanded table grid. */
export interface GridCell {
  /** Normalised cell text (see normalise.ts). */
  text: string;
  /** The origin slot of the (possibly spanned) cell, so every expanded copy points at the real element. */
  ref: CellRef;
  /** True only in the top-left slot of a span. */
  origin: boolean;
  /** HTML only: the cell's position among its table's `<td>`/`<th>`s in reading order; absent for slots no cell covers. */
  cell?: number;
  /** The `<td>`/`<th>` itself, when the grid was expanded from the DOM (lib/grid/html `gridFromTable`). */
  element?: Element;
}

export interface Grid {
  /** HTML: index among the root's `<table>` elements in document order. Text: index of the block. */
  table: number;
  /** Rows of slots. Text grids are ragged; HTML rows end at their last covered slot. */
  rows: GridCell[][];
  /** Set when rows were dropped because the table exceeded the size guard. */
  truncated?: boolean;
}
