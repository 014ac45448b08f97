import { reportHeading } from '../detect';
import { BLOCK, finished, readingTable, type ReadTable } from '../grid/html';
import { normaliseInline } from '../grid/normalize';
import { tableGrid } from '../grid/table-model';
import type { Grid } from '../grid/types';
import { MAX_ROWS_PER_TABLE } from '../parse/stream';
import type { PageSnapshot, SnapshotTable } from './schema';

/** Rows read per table: one past the parser's limit tells it there were more (rows past it are never read from the DOM). */
const READ_ROWS = MAX_ROWS_PER_TABLE + 1;

const ELEMENT = 1;
const TEXT = 3;
// Never prose a reader sees as the article.
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SELECT', 'OPTION', 'BUTTON', 'INPUT', 'TEXTAREA', 'IFRAME',
  'SVG', 'NAV', 'HEAD', 'OBJECT', 'EMBED', 'CANVAS', 'FOOTER', 'TITLE', 'META', 'LINK',
]);
const MAX_CHARS = 200_000;
/** Nodes walked between two pauses of a stepwise reading. */
const NODES_PER_STEP = 2_000;
/** A character that is not white space (normaliseInline turns a line of white space alone into ''). */
const VISIBLE = /\S/;
const META_DATE = /^(pubdate|publishdate|firstpublishedtime|articletime|publishtime|publishedtime)$/i;

/** A page read: the snapshot the audit runs on, and each table's grid with its slots' elements (where the overlay draws). */
export interface ReadPage {
  snapshot: PageSnapshot;
  /** Per table (as `snapshot.tables`), the grid the audit's cell refs index, each slot with its `<td>`/`<th>`. */
  grids: Grid[];
}

/**
 * Reads everything the HTML audit needs from a document, in one pass over its tables and one walk
 * of its body: the only DOM work of an audit (lib/parse `parseSnapshot` does the rest, anywhere).
 */
export function readSnapshot(doc: Document): ReadPage {
  return finished(readingSnapshot(doc));
}

/**
 * `readSnapshot` in steps: pauses (yields) between tables, every few rows of a big one and every
 * few thousand nodes of the body, so the page's main thread can read a huge page over several
 * short tasks (the audit script runs the steps in slices). The result is the same however it is run.
 */
export function* readingSnapshot(doc: Document): Generator<void, ReadPage, void> {
  const tables = Array.from(doc.getElementsByTagName('table'));
  const reads: ReadTable[] = [];
  const grids: Grid[] = [];
  for (let i = 0; i < tables.length; i++) {
    const read = yield* readingTable(tables[i]!, READ_ROWS);
    reads.push(read);
    yield;
    grids.push(tableGrid(read.table, i, READ_ROWS, read.elements));
    yield;
  }
  const snapTables: SnapshotTable[] = reads.map((read, i) => ({ ...read.table, layout: isLayoutTable(tables[i]!, tables[i + 1], grids[i]!) }));
  const layout = new Set(tables.filter((_, i) => snapTables[i]!.layout));
  const blocks = yield* walkingBlocks(doc, layout);
  return {
    snapshot: { title: doc.title ?? '', heading: reportHeading(doc), metaDate: metaDate(doc), tables: snapTables, blocks },
    grids,
  };
}

/** A table holding other tables (the next table in document order is inside it, if any is), or one column wide. */
function isLayoutTable(table: Element, next: Element | undefined, grid: Grid): boolean {
  return (next !== undefined && table.contains(next)) || grid.rows.every((r) => r.length <= 1);
}

/** The `content` of the page's first publication-date `<meta>`. */
function metaDate(doc: Document): string | null {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0, m = metas[0]; m; m = metas[++i]) {
    const name = m.getAttribute('name') ?? m.getAttribute('property') ?? '';
    if (META_DATE.test(name)) return m.getAttribute('content') ?? '';
  }
  return null;
}

/**
 * The page's text blocks in reading order, one walk of the body. Data tables are left out (their
 * contents are the tables); a layout table is read through.
 */
function* walkingBlocks(doc: Document, layout: ReadonlySet<Element>): Generator<void, string[], void> {
  const root = doc.body ?? doc.documentElement;
  if (!root) return [];
  const parts: string[] = [];
  let size = 0;
  let sincePause = 0;
  const stack: (Node | string)[] = [root];
  while (stack.length > 0 && size < MAX_CHARS) {
    if (++sincePause === NODES_PER_STEP) {
      sincePause = 0;
      yield;
    }
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.nodeType === TEXT) {
      const data = (item as CharacterData).data;
      parts.push(data);
      size += data.length;
      continue;
    }
    if (item.nodeType !== ELEMENT) continue;
    const el = item as Element;
    const tag = el.tagName.toUpperCase();
    if (SKIPPED.has(tag) || (tag === 'TABLE' && !layout.has(el))) continue;
    if (tag === 'BR') {
      parts.push('\n');
      continue;
    }
    const block = BLOCK.has(tag) || tag === 'TABLE';
    if (block) stack.push('\n');
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push(c);
    if (block) parts.push('\n');
  }
  const lines: string[] = [];
  for (const raw of parts.join('').split('\n')) {
    // Most lines between blocks are empty or white space, which normalises to nothing.
    if (!VISIBLE.test(raw)) continue;
    const line = normaliseInline(raw);
    if (line !== '') lines.push(line);
  }
  return lines;
}
