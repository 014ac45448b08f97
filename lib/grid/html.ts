import type { SnapshotCell, SnapshotTable } from '../snapshot/schema';
import { normaliseCellText } from './normalize';
import { MAX_SLOTS_PER_TABLE, tableGrid } from './table-model';
import type { Grid } from './types';

// HTML's own limits (colspan ≤ 1000, rowspan ≤ 65534).
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;
// Content that is not cell text: nested tables have their own grid; the rest is never shown.
const SKIPPED = new Set(['TABLE', 'SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SELECT', 'TEXTAREA', 'svg', 'SVG']);
export const BLOCK = new Set([
  'P', 'DIV', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR', 'TD', 'TH',
  'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'PRE', 'ADDRESS', 'CENTER', 'HEADER', 'FOOTER', 'FIGURE', 'CAPTION',
  'TBODY', 'THEAD', 'TFOOT', 'FORM', 'HR', 'MAIN', 'ASIDE', 'NAV', 'FIELDSET',
]);

const tagOf = (el: Element): string => el.tagName.toUpperCase();

/** A cell's text: line breaks and block boundaries become spaces, which normalisation then drops between Chinese characters. */
function cellText(cell: Element): string {
  const only = cell.firstChild;
  // Most cells hold a single text node: skip the walk.
  if (only && only === cell.lastChild && only.nodeType === TEXT) return normaliseCellText((only as CharacterData).data);
  const parts: string[] = [];
  const stack: (Node | string)[] = [];
  for (let c = cell.lastChild; c; c = c.previousSibling) stack.push(c);
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
    } else if (item.nodeType === TEXT || item.nodeType === CDATA) {
      parts.push((item as CharacterData).data);
    } else if (item.nodeType === ELEMENT) {
      const tag = tagOf(item as Element);
      if (SKIPPED.has(tag)) continue;
      if (tag === 'BR') {
        parts.push('\n');
        continue;
      }
      const block = BLOCK.has(tag);
      if (block) stack.push('\n');
      for (let c = item.lastChild; c; c = c.previousSibling) stack.push(c);
      if (block) parts.push('\n');
    }
  }
  return normaliseCellText(parts.join(''));
}

/**
 * The table's own rows, grouped by row group (thead/tbody/tfoot or a run of direct `<tr>`s),
 * collected up to `limit` rows (one past it tells the caller there were more).
 */
function rowGroups(table: Element, limit: number): Element[][] {
  const groups: Element[][] = [];
  let loose: Element[] | null = null;
  let count = 0;
  for (let child = table.firstElementChild; child && count <= limit; child = child.nextElementSibling) {
    const tag = tagOf(child);
    if (tag === 'TR') {
      if (!loose) groups.push((loose = []));
      loose.push(child);
      count++;
    } else if (tag === 'THEAD' || tag === 'TBODY' || tag === 'TFOOT') {
      loose = null;
      const rows: Element[] = [];
      for (let r = child.firstElementChild; r && count <= limit; r = r.nextElementSibling) {
        if (tagOf(r) === 'TR') {
          rows.push(r);
          count++;
        }
      }
      groups.push(rows);
    }
  }
  return groups;
}

/**
 * A span attribute read with HTML's rules for non-negative integers, as browsers do: leading ASCII
 * whitespace only, digits required, a negative value is invalid. Invalid or absent → `fallback`.
 */
function span(value: string | null, fallback: number, max: number): number {
  const m = value === null ? null : /^[\t\n\f\r ]*([+-]?)(\d+)/.exec(value);
  if (!m || (m[1] === '-' && /[1-9]/.test(m[2]!))) return fallback;
  return Math.min(Number(m[2]), max);
}

/** One `<table>` read: its rows and cells as data, and the cells' elements in the same order. */
export interface ReadTable {
  table: Omit<SnapshotTable, 'layout'>;
  /** The `<td>`/`<th>` elements in reading order: a grid slot's `cell` indexes this list. */
  elements: Element[];
}

/** Rows read between two pauses of a stepwise reading (see `readingTable`). */
const ROWS_PER_STEP = 50;

/**
 * Reads one `<table>`'s cells (text and spans) up to `maxRows` rows (one past it is read, so the
 * table model knows there were more) and past the slot budget by at most one cell: each cell takes
 * at least one slot, so the table model stops inside what was read, as it would on the DOM.
 */
export function readTable(table: Element, maxRows = Infinity): ReadTable {
  return finished(readingTable(table, maxRows));
}

/**
 * `readTable` in steps: pauses (yields) every few rows, so a page's main thread can read a huge
 * table over several short tasks. The result does not depend on where it paused.
 */
export function* readingTable(table: Element, maxRows = Infinity): Generator<void, ReadTable, void> {
  const groups: SnapshotCell[][][] = [];
  const elements: Element[] = [];
  let sincePause = 0;
  outer: for (const rows of rowGroups(table, maxRows)) {
    const group: SnapshotCell[][] = [];
    groups.push(group);
    for (const tr of rows) {
      if (++sincePause === ROWS_PER_STEP) {
        sincePause = 0;
        yield;
      }
      const row: SnapshotCell[] = [];
      group.push(row);
      for (let td = tr.firstElementChild; td; td = td.nextElementSibling) {
        if (elements.length > MAX_SLOTS_PER_TABLE) break outer;
        const tag = tagOf(td);
        if (tag !== 'TD' && tag !== 'TH') continue;
        const text = cellText(td);
        // One DOM call for the common cell without attributes (DOM access dominates on jsdom).
        if (td.hasAttributes()) {
          const colspan = span(td.getAttribute('colspan'), 1, MAX_COLSPAN) || 1; // colspan=0 is 1
          const rowspan = span(td.getAttribute('rowspan'), 1, MAX_ROWSPAN);
          row.push(colspan === 1 && rowspan === 1 ? text : [text, colspan, rowspan]);
        } else {
          row.push(text);
        }
        elements.push(td);
      }
    }
  }
  return { table: { groups }, elements };
}

/** Runs a stepwise reading to its end at once. */
export function finished<T>(steps: Generator<void, T, void>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Expands one `<table>` into slots (the HTML table model, lib/grid/table-model), each slot
 * pointing at its cell's element. Stops, marking the grid truncated, past `maxRows` rows or the slot budget.
 */
export function gridFromTable(table: Element, index: number, maxRows = Infinity): Grid {
  const read = readTable(table, maxRows);
  return tableGrid(read.table, index, maxRows, read.elements);
}

export function gridsFromDocument(root: Document | Element): Grid[] {
  return Array.from(root.getElementsByTagName('table'), (t, i) => gridFromTable(t, i));
}
