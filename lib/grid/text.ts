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
// (「一、本年新收政府信息公开申请数量」「3 2 0 0 0 0 5」), or both on one line where the copy kept the
// page's columns (「规章      0      5      5」). A value is a number (with a unit a cell may carry)
// or a placeholder; a row of them holds at least one number.
const VALUE = String.raw`(?:[+-]?\d[\d,]*(?:\.\d+)?(?:万元|元|件|个|条|次|%)?|[—–/／-]+|无)`;
const VALUES_LINE = new RegExp(`^[ \u3000]*${VALUE}(?:[ \u3000]+${VALUE})*[ \u3000]*$`);
const LABEL_VALUES = new RegExp(`^[ \u3000]*(\\S.*?)([ \u3000]+)(${VALUE}(?:[ \u3000]+${VALUE})*)[ \u3000]*$`);
// A page footer (「— 3 —」「- 4 -」) is not a row of values (it is a cell of its own, out of the prose).
const FOOTER = /^\s*[—–-]+\s*\d+\s*[—–-]+\s*$/;
const isValuesLine = (line: string): boolean => VALUES_LINE.test(line) && /\d/.test(line) && !FOOTER.test(line);
/** A line that can be a label or a header cell: short, and no sentence. */
const MAX_LABEL_LINE = 40;
const isShortLine = (line: string): boolean => {
  const t = line.trim();
  return t !== '' && t.length <= MAX_LABEL_LINE && !/[。；;]/.test(t);
};
/**
 * A row's label and values on one line: a short label in words (not ending in a digit), then two
 * values or more, or one set apart by a column's gap (「行政许可      550」, never 「电话 39106621」).
 */
function labelAndValues(line: string): { label: string; values: string[] } | null {
  const m = LABEL_VALUES.exec(line);
  if (!m || !/[\u4e00-\u9fff]/.test(m[1]!) || /\d$/.test(m[1]!) || !isShortLine(m[1]!) || !/\d/.test(m[3]!)) return null;
  const values = m[3]!.trim().split(/[ \u3000]+/);
  return values.length >= 2 || m[2]!.length >= 2 ? { label: m[1]!.trim(), values } : null;
}
/** A line that opens a bracket it does not close: a label running on to the next line. */
const opensBracket = (line: string): boolean => (line.match(/[（(]/g)?.length ?? 0) > (line.match(/[）)]/g)?.length ?? 0);
/** A row label's own start: its number (「5.」「（二）」「四、」). */
const NUMBERED = /^\s*(?:\d+[.．、]|[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、)/;
const isRowLine = (line: string): boolean => isValuesLine(line) || labelAndValues(line) !== null;
// A report's section heading (「四、政府信息公开行政复议、行政诉讼情况」) stays prose, even among
// table lines; a numbered row label (「四、结转下年度继续办理」) is followed by its values.
const HEADING = /^\s*[一二三四五六七八九十]+、/;
// Columns kept by spaces: two or more between cells of a header line (「信息内容   本年制发件数   本年废止件数」).
const COLUMN_GAP = /[ \u3000]{2,}/;

type LabelRole = 'label' | 'values' | 'row' | 'cell' | 'label-start';

/**
 * Which prose lines are a table written a label per line: each run of short lines (blank lines
 * between them allowed) holding a row of values. The short line just above a line of values is
 * that row's label; the others in the run (captions, column headers, group labels) are rows of
 * their own, split into cells where the copy kept columns, so the table finder sees them as it
 * would in a grid. A run with no row of values is prose.
 */
function labelPerLineRoles(lines: string[], kinds: LineKind[]): Map<number, LabelRole> {
  const roles = new Map<number, LabelRole>();
  let start = 0;
  const close = (end: number): void => {
    const run: number[] = [];
    for (let i = start; i < end; i++) if (kinds[i] !== 'blank') run.push(i);
    if (!run.some((i) => isRowLine(lines[i]!))) return;
    run.forEach((i, k) => {
      const next = run[k + 1];
      if (isValuesLine(lines[i]!)) roles.set(i, 'values');
      else if (labelAndValues(lines[i]!)) roles.set(i, 'row');
      else if (next !== undefined && isValuesLine(lines[next]!)) roles.set(i, 'label');
      else roles.set(i, 'cell');
    });
    // A label wrapped onto the line of its values: 「（二）部分公开（区分处理的，只计这一情形，不」 then
    // 「计其他情形）  4 0 0 0 0 0 4」 (a bracket left open), or 「5.要求行政机关确认或重新出具」 then
    // 「已获取信息」 (a numbered start, an unnumbered rest).
    run.forEach((i, k) => {
      const next = run[k + 1];
      const role = next === undefined ? undefined : roles.get(next);
      if (roles.get(i) !== 'cell' || (role !== 'row' && role !== 'label')) return;
      if (opensBracket(lines[i]!) || (NUMBERED.test(lines[i]!) && !NUMBERED.test(lines[next!]!))) roles.set(i, 'label-start');
    });
  };
  /** The first line after `i` that is not blank (without copying the rest of the text for each heading). */
  const nextLine = (i: number): string => {
    for (let k = i + 1; k < lines.length; k++) if (kinds[k] !== 'blank') return lines[k]!;
    return '';
  };
  lines.forEach((line, i) => {
    if (kinds[i] === 'blank') return;
    const heading = HEADING.test(line) && !isRowLine(line) && !isValuesLine(nextLine(i));
    const inRun = kinds[i] === 'prose' && !heading && (isRowLine(line) || isShortLine(line));
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

  // A form feed is a page break (pdftotext puts one before each page's first line).
  const clean = lines.map((raw) => raw.replace(BOOKMARK, '').replace(/\f/g, ''));
  let labelStart = '';
  // The line a label wrapped over two lines starts on: its cell is there (where its text begins).
  let labelLine = 0;
  const kinds = clean.map(kindOf);
  const roles = labelPerLineRoles(clean, kinds);

  clean.forEach((line, i) => {
    const lineNo = i + 1;
    const kind = kinds[i]!;
    const role = roles.get(i);
    if (role === 'label-start') {
      labelStart = line.trim();
      labelLine = lineNo;
      return;
    }
    if (role) {
      // One row per label and its values; every other line of the run a row of its own.
      if (role !== 'values') row = null;
      openBlock();
      const both = role === 'row' ? labelAndValues(line)! : null;
      if (role === 'values') for (const v of line.trim().split(/[ \u3000]+/)) addCell(v, lineNo);
      else if (both) {
        addCell(labelStart + both.label, labelStart ? labelLine : lineNo);
        for (const v of both.values) addCell(v, lineNo);
      } else if (role === 'cell') for (const c of line.trim().split(COLUMN_GAP)) addCell(c, lineNo);
      else addCell(labelStart + line.trim(), labelStart ? labelLine : lineNo);
      labelStart = '';
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
