import type { CellRef } from '../model';
import { normaliseCellText } from './normalize';
import type { Grid, GridCell } from './types';

// HTML's own limits (colspan ≤ 1000, rowspan ≤ 65534) plus a slot budget per table, so a
// hostile or absurd table cannot take the page down; rows past the budget are reported, not kept.
const MAX_COLSPAN = 1000;
const MAX_ROWSPAN = 65534;
export const MAX_SLOTS_PER_TABLE = 400_000;

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

/**
 * Expands one `<table>` into slots (the HTML table model: rowspan/colspan, rowspan=0 to the end
 * of the row group). Stops, marking the grid truncated, past `maxRows` rows or the slot budget.
 */
export function gridFromTable(table: Element, index: number, maxRows = Infinity): Grid {
  const rows: GridCell[][] = [];
  let slots = 0;
  let truncated = false;
  let r = 0;
  outer: for (const group of rowGroups(table, maxRows)) {
    const end = r + group.length;
    for (const tr of group) {
      if (r >= maxRows) {
        truncated = true;
        break outer;
      }
      const row = (rows[r] ??= []);
      let col = 0;
      for (let td = tr.firstElementChild; td; td = td.nextElementSibling) {
        const tag = tagOf(td);
        if (tag !== 'TD' && tag !== 'TH') continue;
        while (row[col] !== undefined) col++;
        // One DOM call for the common cell without attributes (DOM access dominates on jsdom).
        // colspan=0 is 1; rowspan=0 runs to the end of the row group.
        const plain = !td.hasAttributes();
        const colspan = plain ? 1 : span(td.getAttribute('colspan'), 1, MAX_COLSPAN) || 1;
        const rowspanAttr = plain ? 1 : span(td.getAttribute('rowspan'), 1, MAX_ROWSPAN);
        // Any rowspan is clipped at the end of its row group.
        const rowspan = Math.min(rowspanAttr === 0 ? end - r : rowspanAttr, end - r);
        if (slots + rowspan * colspan > MAX_SLOTS_PER_TABLE) {
          truncated = true;
          break outer;
        }
        slots += rowspan * colspan;
        const ref: CellRef = { table: index, row: r, col };
        const text = cellText(td);
        for (let dr = 0; dr < rowspan; dr++) {
          const target = (rows[r + dr] ??= []);
          for (let dc = 0; dc < colspan; dc++) {
            // Overlapping spans are a table-model error: the earlier cell keeps the slot, as browsers render it.
            if (target[col + dc] === undefined) {
              target[col + dc] = { text, ref, origin: dr === 0 && dc === 0, element: td };
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

/** Every `<table>` of the root with its grid, in document order. */
export function tablesWithGrids(root: Document | Element, maxRows = Infinity): { tables: Element[]; grids: Grid[] } {
  const tables = Array.from(root.getElementsByTagName('table'));
  return { tables, grids: tables.map((t, i) => gridFromTable(t, i, maxRows)) };
}

export function gridsFromDocument(root: Document | Element): Grid[] {
  return tablesWithGrids(root).grids;
}

/** The `<td>`/`<th>` a ref points at, for the overlay to highlight. */
export function cellElement(root: Document, ref: CellRef): Element | null {
  const table = root.getElementsByTagName('table')[ref.table];
  if (!table) return null;
  return gridFromTable(table, ref.table).rows[ref.row]?.[ref.col]?.element ?? null;
}
