import type { CellRef } from '../model';
import type { PageContent, Rect, TextRun } from '../pdf/types';
import { normaliseCellText } from './normalize';
import { bounds, pdfBox } from './pdf-geometry';
import type { GridCell } from './types';

/**
 * Tables where a page draws no rulings, from the positions of the text alone. A row is the runs
 * whose heights overlap (a label wrapped over two lines and the numbers centred beside it are one
 * row); a cell is the runs of a row that stand together, a wide gap (more than `GAP` ems) between
 * cells. A table is a run of rows of several cells, with the short one-cell rows between them
 * (captions such as 第二十条第（一）项). Cells are in order, without spans: the parser reads
 * them as it reads a text version of a report.
 */

const GAP = 1.2;
/** A one-cell row inside a table is short; a longer line is prose. */
const CAPTION = 30;
const SECTION_HEADING = /^[一二三四五六七八九十]+、/;

export interface TextTable {
  page: PageContent;
  y0: number;
  /** Rows of cells, each with its text and layout box. */
  rows: { text: string; box: Rect }[][];
  runs: Set<TextRun>;
}

interface Row {
  runs: TextRun[];
  cells: TextRun[][];
  y0: number;
  y1: number;
}

export function textTables(page: PageContent, runs: readonly TextRun[]): TextTable[] {
  const rows = rowsOf(runs);
  const tabular = rows.map((r) => r.cells.length >= 2);
  const tables: TextTable[] = [];
  let current: Row[] = [];
  const flush = () => {
    // A table has at least two rows of three or more cells (two-cell rows alone are often label: value
    // prose), or is one row of numbers (table 4 as a bare row of 15).
    const numbers = (r: Row) => r.cells.length >= 5 && r.cells.every((c) => /^[\d.,，、\s-]+$/.test(cellText(c)));
    if (current.filter((r) => r.cells.length >= 3).length >= 2 || current.some(numbers)) {
      while (current.length > 0 && current.at(-1)!.cells.length < 2) current.pop();
      tables.push({
        page,
        y0: current[0]!.y0,
        rows: current.map((r) => r.cells.map((c) => ({ text: cellText(c), box: bounds(c) }))),
        runs: new Set(current.flatMap((r) => r.runs)),
      });
    }
    current = [];
  };
  rows.forEach((row, i) => {
    if (tabular[i]) current.push(row);
    else if (isCaption(row) && tabular.slice(i + 1, i + 3).some(Boolean) && (current.length > 0 || rows[i + 1]!.cells.length >= 3)) current.push(row);
    else flush();
  });
  flush();
  return tables;
}

const isCaption = (row: Row): boolean => {
  const text = cellText(row.cells[0]!);
  return text.length <= CAPTION && !SECTION_HEADING.test(text);
};

/** Runs into rows by overlapping heights (transitively), top to bottom; each row into cells by wide gaps. */
function rowsOf(runs: readonly TextRun[]): Row[] {
  const sorted = [...runs].sort((a, b) => a.y0 - b.y0);
  const rows: Row[] = [];
  for (const run of sorted) {
    // A small inset keeps lines set solid from touching.
    const top = run.y0 + (run.y1 - run.y0) * 0.15;
    const last = rows.at(-1);
    if (last && top < last.y1) {
      last.runs.push(run);
      last.y1 = Math.max(last.y1, run.y1 - (run.y1 - run.y0) * 0.15);
    } else {
      rows.push({ runs: [run], cells: [], y0: run.y0, y1: run.y1 - (run.y1 - run.y0) * 0.15 });
    }
  }
  for (const row of rows) row.cells = cellsOf(row.runs);
  return joinStacked(joinWrapped(rows));
}

/**
 * A group label set in a narrow column over several rows (「三、本」「年度办理结果」, 「（三）不」「予公开」)
 * wraps line by line into different rows: its pieces, one under the other at the same left edge,
 * each with a row label to its right, are one cell in the first row.
 */
function joinStacked(rows: Row[]): Row[] {
  const isText = (c: TextRun[] | undefined) => c !== undefined && !/^[\d.,\s]*$/.test(cellText(c));
  for (let i = 0; i + 1 < rows.length; i++) {
    const a = rows[i]!.cells;
    const b = rows[i + 1]!.cells;
    // A piece on a row of its own (between two rows' heights) goes down into the next row's piece.
    const alone = a.length === 1;
    if ((!alone && (a.length < 3 || !isText(a[1]))) || b.length < 3 || !isText(a[0]) || !isText(b[0]) || !isText(b[1])) continue;
    const ba = bounds(a[0]!);
    const bb = bounds(b[0]!);
    const size = a[0]![0]!.size;
    const stacked = Math.abs(ba.x0 - bb.x0) < 1 && bb.y0 - ba.y1 < size * 0.8 && (alone || ba.x1 < bounds(a[1]!).x0) && bb.x1 < bounds(b[1]!).x0;
    if (!stacked) continue;
    if (alone) {
      b[0] = [...a[0]!, ...b[0]!];
      rows[i + 1]!.runs.push(...rows[i]!.runs);
      rows.splice(i, 1);
      i -= 2;
    } else {
      a[0] = [...a[0]!, ...b[0]!];
      b.shift();
      i--; // the next piece may follow
    }
    i = Math.max(i, -1);
  }
  return rows;
}

/** Lines of a wrapped label above or below its row (a three-line label: only the middle line shares the numbers' height) join that row. */
function joinWrapped(rows: Row[]): Row[] {
  const out = [...rows];
  for (let i = 0; i < out.length; i++) {
    const row = out[i]!;
    if (row.cells.length !== 1) continue;
    const size = row.runs[0]!.size;
    const box = bounds(row.runs);
    const fits = (other: Row | undefined, gap: number): boolean =>
      other !== undefined && other.cells.length >= 2 && gap >= 0 && gap < size * 0.8 && other.cells.some((c) => overlap(bounds(c), box) > 0.5);
    const above = out[i - 1];
    const below = out[i + 1];
    const target = fits(below, below ? below.y0 - row.y1 : -1) ? below : fits(above, above ? row.y0 - above.y1 : -1) ? above : undefined;
    if (!target) continue;
    target.runs.push(...row.runs);
    target.y0 = Math.min(target.y0, row.y0);
    target.y1 = Math.max(target.y1, row.y1);
    target.cells = cellsOf(target.runs);
    out.splice(i, 1);
    i = Math.max(-1, i - 2);
  }
  return out;
}

/** How much of the narrower of two boxes the other covers horizontally. */
function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
  return w <= 0 ? 0 : w / Math.max(1e-6, Math.min(a.x1 - a.x0, b.x1 - b.x0));
}

function cellsOf(runs: TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.x0 - b.x0);
  const cells: { runs: TextRun[]; x1: number }[] = [];
  for (const run of sorted) {
    const last = cells.at(-1);
    if (last && run.x0 - last.x1 <= GAP * run.size) {
      last.runs.push(run);
      last.x1 = Math.max(last.x1, run.x1);
    } else {
      cells.push({ runs: [run], x1: run.x1 });
    }
  }
  return cells.map((c) => c.runs);
}

/** A cell's runs in reading order: lines top to bottom, runs left to right. */
function cellText(runs: TextRun[]): string {
  const lines: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.y0 - b.y0)) {
    const line = lines.find((l) => Math.abs((l[0]!.y0 + l[0]!.y1) / 2 - (run.y0 + run.y1) / 2) < run.size * 0.5);
    if (line) line.push(run);
    else lines.push([run]);
  }
  return normaliseCellText(lines.map((l) => l.sort((a, b) => a.x0 - b.x0).map((r) => r.text).join(' ')).join('\n'));
}

/** The table's grid: ragged rows, one slot a cell, each cell's box on its page. */
export function textTableGrid(t: TextTable, index: number): GridCell[][] {
  return t.rows.map((cells, r) =>
    cells.map((c, col): GridCell => {
      const ref: CellRef = { table: index, row: r, col, page: t.page.page, box: pdfBox(t.page, c.box) };
      return { text: c.text, ref, origin: true };
    }),
  );
}
