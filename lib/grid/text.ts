import { normaliseCellText, normaliseInline } from './normalize';
import type { Grid, GridCell } from './types';

/** A line of the text that is not part of a table, with its 1-based line number. */
export interface ProseLine {
  line: number;
  text: string;
}

export interface TextScan {
  grids: Grid[];
  prose: ProseLine[];
  /** Set when lines past the size guard were ignored. */
  truncated: boolean;
}

export const MAX_LINES = 200_000;
// Word-to-text converters leave bookmark anchors in the text; they are not part of what the report says.
const BOOKMARK = /\[bookmark: [^\]]*\]/g;
const PIPE_SEPARATOR = /^\s*:?-{2,}:?\s*$/;

type LineKind = 'blank' | 'cell' | 'row' | 'pipe' | 'prose';

function kindOf(line: string): LineKind {
  if (line.includes('\t')) {
    // The seeds' form: one cell per line, led by a tab.
    return line.startsWith('\t') && !line.slice(1).replace(/[\t ]+$/, '').includes('\t') ? 'cell' : 'row';
  }
  if (line.trim() === '') return 'blank';
  const t = line.trim();
  if (t.startsWith('|') && t.indexOf('|', 1) > 0) return 'pipe';
  return 'prose';
}

interface Pending {
  cell: GridCell;
  parts: string[];
}

/**
 * Splits a text version of a report into table blocks and prose. Three table forms: a cell per
 * tab-led line with rows separated by blank lines (continuation lines without the tab belong to
 * the cell above; a block ends at a non-tab line after a blank line), tab-separated rows as
 * `innerText` gives them, and `|`-separated rows (these two end at the first line without a
 * tab or `|`).
 */
export function scanText(input: string): TextScan {
  const lines = input.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const truncated = lines.length > MAX_LINES;
  if (truncated) lines.length = MAX_LINES;
  const grids: Grid[] = [];
  const prose: ProseLine[] = [];
  let block: Grid | null = null;
  let row: GridCell[] | null = null;
  let last: Pending | null = null;
  let afterBlank = false;
  const pending: Pending[] = [];

  const addCell = (text: string, line: number): void => {
    const grid = block!;
    if (!row) grid.rows.push((row = []));
    const cell: GridCell = { text: '', ref: { table: grid.table, row: grid.rows.length - 1, col: row.length, line }, origin: true };
    row.push(cell);
    pending.push((last = { cell, parts: [text] }));
  };
  const openBlock = (): void => {
    if (!block) grids.push((block = { table: grids.length, rows: [] }));
  };

  lines.forEach((raw, i) => {
    const line = raw.replace(BOOKMARK, '');
    const lineNo = i + 1;
    const kind = kindOf(line);
    if (kind === 'blank') {
      row = null;
      last = null;
      afterBlank = true;
      return;
    }
    if (kind === 'cell') {
      openBlock();
      addCell(line.slice(1), lineNo);
    } else if (kind === 'row' || kind === 'pipe') {
      openBlock();
      const cells = kind === 'row' ? line.split('\t') : pipeCells(line);
      if (cells) {
        row = null;
        for (const c of cells) addCell(c, lineNo);
        row = null;
        // Only the seeds' form continues a cell on the next line; here a line without tabs is prose.
        last = null;
      }
    } else if (block && !afterBlank && last) {
      last.parts.push(line);
    } else {
      block = null;
      row = null;
      last = null;
      const text = normaliseInline(line);
      if (text) prose.push({ line: lineNo, text });
    }
    afterBlank = false;
  });
  for (const p of pending) p.cell.text = normaliseCellText(p.parts.join('\n'));
  return { grids, prose, truncated };
}

/** Cells of a `|` row, or null for a markdown separator row (`|---|:--:|`). */
function pipeCells(line: string): string[] | null {
  const t = line.trim();
  const cells = t.slice(1, t.endsWith('|') ? -1 : undefined).split('|');
  return cells.every((c) => PIPE_SEPARATOR.test(c)) ? null : cells;
}

export function gridsFromText(text: string): Grid[] {
  return scanText(text).grids;
}
