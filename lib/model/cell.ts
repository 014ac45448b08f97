import { z } from 'zod';

/** Where a value came from, so the overlay can mark it and the export can point at it. */
export const CellRef = z.object({
  /** HTML: index of the `<table>` among all `<table>` elements of the document, in document order.
   *  Text: index of the tab-led table block in the file. PDF: index of the ruled table in reading
   *  order (a table continued over pages is one). .docx: index of the `w:tbl` in the body. */
  table: z.number().int().nonnegative(),
  /** Row of the expanded grid (HTML: the `<tr>` index within that table). */
  row: z.number().int().nonnegative(),
  /** Column of the expanded grid (HTML: after rowspan/colspan expansion; text: cell index in the row). */
  col: z.number().int().nonnegative(),
  /** Text input only: 1-based line of the file. */
  line: z.number().int().positive().optional(),
  /** PDF only: 1-based page the cell is on (where it starts, for a cell cut by a page break). */
  page: z.number().int().positive().optional(),
  /**
   * PDF only: the cell's rectangle on that page as [x0, y0, x1, y1] in PDF user space (points,
   * origin at the bottom-left of the page's coordinate system, y up, x0 < x1, y0 < y1): what
   * pdf.js's `viewport.convertToViewportRectangle(box)` turns into canvas pixels.
   */
  box: z.tuple([z.number(), z.number(), z.number(), z.number()]).optional(),
  /** Set only on a cell of another report: that report's `source.url`. Cross-year findings name
   *  last year's cells this way in `related` (SPEC §5); without it the cell is on this page. */
  url: z.string().optional(),
});
export type CellRef = z.infer<typeof CellRef>;

export const CellKind = z.enum(['number', 'blank', 'placeholder', 'text']);
export type CellKind = z.infer<typeof CellKind>;

/** What the reader had found in a cell a person then corrected by hand (SPEC §3). */
export const Correction = z.object({ by: z.literal('hand'), raw: z.string(), value: z.number().nullable() });
export type Correction = z.infer<typeof Correction>;

export const Cell = z.object({
  value: z.number().nullable(),
  raw: z.string(),
  kind: CellKind,
  unit: z.string().optional(),
  at: CellRef,
  /** Set when `value` and `raw` are a person's correction: what was read, kept beside it. */
  corrected: Correction.optional(),
});
export type Cell = z.infer<typeof Cell>;

export const Bilingual = z.object({ zh: z.string(), en: z.string() });
export type Bilingual = z.infer<typeof Bilingual>;

export const sameRef = (a: CellRef, b: CellRef): boolean =>
  a.table === b.table && a.row === b.row && a.col === b.col && a.url === b.url;

/** A person's correction of one cell: what they typed, read like any cell (SPEC §3). */
export const HandCorrection = z.object({ at: CellRef, raw: z.string().max(200) });
export type HandCorrection = z.infer<typeof HandCorrection>;
