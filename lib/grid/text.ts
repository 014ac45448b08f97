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

// PDF text and copies of it: a row's label on its own line, its values on the next, space-separated
// (「一、本年新收政府信息公开申请数量」「3 2 0 0 0 0 5」). A value is a number (with a unit a
// cell may carry) or a placeholder; a line of them holds at least one number.
const VALUE = String.raw`(?:[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元|件|个|条|次|%)?|[—–/／-]+|无)`;
const VALUES_LINE = new RegExp(`^[ \u3000]*${VALUE}(?:[ \u3000]+${VALUE})*[ \u3000]*$`);
// A page footer (「— 3 —」「- 4 -」) is not a row of values (it is a cell of its own, out of the prose).
const FOOTER = /^\s*[—–-]+\s*\d+\s*[—–-]+\s*$/;
const isValuesLine = (line: string): boolean => VALUES_LINE.test(line) && /\d/.test(line) && !FOOTER.test(line);
/** A line that can be a label or a header cell: short, and no sentence. */
const MAX_LABEL_LINE = 40;
const isShortLine = (line: string): boolean => {
  const t = line.trim();
  return t !== '' && t.length <= MAX_LABEL_LINE && !/[。；;]/.test(t);
};
// A report's section heading (「四、政府信息公开行政复议、行政诉讼情况」) stays prose, even among
// table lines; a numbered row label (「四、结转下年度继续办理」) is followed by its values.
const HEADING = /^\s*[一二三四五六七八九十]+、/;

type LabelRole = 'label' | 'values' | 'cell';

/**
 * Which prose lines are a table written a label per line: each run of short lines holding a line
 * of values. A short line just above a values line is that row's label; the others in the run
 * (captions, column headers, group labels) are one-cell rows, so the table finder sees them as it
 * would in a grid. A run with no line of values is prose.
 */
function labelPerLineRoles(lines: string[], kinds: LineKind[]): Map<number, LabelRole> {
  const roles = new Map<number, LabelRole>();
  let start = 0;
  const close = (end: number): void => {
    const values = [];
    for (let i = start; i < end; i++) if (isValuesLine(lines[i]!)) values.push(i);
    if (values.length === 0) return;
    for (let i = start; i < end; i++) {
      if (roles.has(i)) continue;
      if (isValuesLine(lines[i]!)) roles.set(i, 'values');
      else if (i + 1 < end && isValuesLine(lines[i + 1]!)) roles.set(i, 'label');
      else roles.set(i, 'cell');
    }
  };
  lines.forEach((line, i) => {
    const heading = HEADING.test(line) && !isValuesLine(lines[i + 1] ?? '');
    const inRun = kinds[i] === 'prose' && !heading && (isValuesLine(line) || isShortLine(line));
    if (!inRun) {
      close(i);
      start = i + 1;
    }
  });
  close(lines.length);
  return roles;
}

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
 * Splits a text version of a report into table blocks and prose. Four table forms: a cell per
 * tab-led line with rows separated by blank lines (continuation lines without the tab belong to
 * the cell above; a block ends at a non-tab line after a blank line), tab-separated rows as
 * `innerText` gives them, `|`-separated rows (these two end at the first line without a
 * tab or `|`), and a label per line with the row's values on the next (see labelPerLineRoles).
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

  const clean = lines.map((raw) => raw.replace(BOOKMARK, ''));
  const kinds = clean.map(kindOf);
  const roles = labelPerLineRoles(clean, kinds);

  clean.forEach((line, i) => {
    const lineNo = i + 1;
    const kind = kinds[i]!;
    const role = roles.get(i);
    if (role) {
      // One row per label and its values; every other line of the run a row of its own.
      if (role !== 'values') row = null;
      openBlock();
      if (role === 'values') for (const v of line.trim().split(/[ \u3000]+/)) addCell(v, lineNo);
      else addCell(line.trim(), lineNo);
      if (role !== 'label') row = null;
      last = null;
      afterBlank = false;
      return;
    }
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
