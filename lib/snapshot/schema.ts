import { z } from 'zod';

/**
 * What the audit reads from a rendered page, as plain data: the audit script reads the DOM into a
 * snapshot in the page and the background audits it; the CLI and the tests take the same path
 * (`parseDocument(doc)` parses `readSnapshot(doc)`), so every caller's JSON is the same by
 * construction. The background validates a snapshot it receives: a page can reach the content
 * script's world, so what the content script sends is input.
 */

// Counts no page reaches (the reader stops inside them: lib/grid/html's row and slot budgets);
// texts are the page's own, as long as it wrote them (the parser bounds what it reads of them).
const MAX_CELLS = 400_001;
const MAX_ITEMS = 1_000_000;

/**
 * One `<td>`/`<th>`: its normalised text, and for a spanned cell its spans as the HTML table model
 * reads them, `[text, colspan, rowspan]` (rowspan 0: to the end of its row group). Most cells span
 * nothing and are their text alone: a 20,000-cell table is sent as a message, and parsed, at a
 * fifth of the size of one object per cell.
 */
export const SnapshotCell = z.union([
  z.string(),
  z.tuple([z.string(), z.number().int().min(1).max(1000), z.number().int().min(0).max(65534)]),
]);
export type SnapshotCell = z.infer<typeof SnapshotCell>;

/**
 * One `<table>`: its own rows by row group (thead/tbody/tfoot or a run of direct `<tr>`s), each
 * row its cells in order. Read up to the reader's row limit (one row past it says there were
 * more) and slot budget, so the table model (`lib/grid/table-model`) gives the grid the DOM would.
 */
export const SnapshotTable = z.object({
  groups: z.array(z.array(z.array(SnapshotCell).max(MAX_CELLS)).max(MAX_CELLS)).max(MAX_ITEMS),
  /** Read through as prose, not as data: it holds other tables, or it is one column wide. */
  layout: z.boolean(),
});
export type SnapshotTable = z.infer<typeof SnapshotTable>;

export const PageSnapshot = z.object({
  /** `document.title`. */
  title: z.string(),
  /** The first h1–h3 that names a report (lib/detect `reportHeading`), as written. */
  heading: z.string().nullable(),
  /** The `content` of the first publication-date `<meta>` (pubdate and the like), as written. */
  metaDate: z.string().nullable(),
  /** Every `<table>` of the document in document order (a cell's `at.table` indexes this list). */
  tables: z.array(SnapshotTable).max(MAX_ITEMS),
  /** The page's text blocks in reading order, data tables left out (normalised, non-empty lines). */
  blocks: z.array(z.string()).max(MAX_ITEMS),
});
export type PageSnapshot = z.infer<typeof PageSnapshot>;
