import { apply, type Matrix } from './matrix';
import type { PdfTextItem, TextRun } from './types';

// Where a glyph sits around its baseline, as a share of the font size: CJK fonts rise about
// 0.88 and drop about 0.12. The box only has to put the run in the right cell.
const ASCENT = 0.85;
const DESCENT = 0.15;

const isTextItem = (item: unknown): item is PdfTextItem =>
  typeof item === 'object' && item !== null && typeof (item as PdfTextItem).str === 'string' && Array.isArray((item as PdfTextItem).transform);

/**
 * The page's text runs in layout space (`toLayout` maps page space there). Runs of spaces only
 * are dropped: Word pads table cells with them and pdf.js reports them with page-wide widths.
 */
export function textRuns(items: readonly unknown[], styles: Record<string, { vertical?: boolean }>, toLayout: Matrix): TextRun[] {
  const runs: TextRun[] = [];
  for (const item of items) {
    if (!isTextItem(item) || item.str.trim() === '') continue;
    const [a, b, c, d, e, f] = item.transform as [number, number, number, number, number, number];
    const ul = Math.hypot(a, b) || 1;
    const vl = Math.hypot(c, d) || 1;
    const u: [number, number] = [a / ul, b / ul];
    const v: [number, number] = [c / vl, d / vl];
    const vertical = styles[item.fontName]?.vertical === true;
    const size = vertical ? item.width : vl;
    // Corners in page space: horizontal runs go along u from the origin; vertical runs go down
    // (against v) from the origin, centred on it.
    const corners: [number, number][] = [];
    if (!vertical) {
      for (const s of [0, item.width]) for (const t of [-DESCENT * size, ASCENT * size]) corners.push([e + s * u[0] + t * v[0], f + s * u[1] + t * v[1]]);
    } else {
      for (const s of [-item.width / 2, item.width / 2]) for (const t of [0, -item.height]) corners.push([e + s * u[0] + t * v[0], f + s * u[1] + t * v[1]]);
    }
    const pts = corners.map(([x, y]) => apply(toLayout, x, y));
    const xs = pts.map((p) => p[0]);
    const ys = pts.map((p) => p[1]);
    const run = { text: item.str, vertical, size, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
    // Only upright horizontal runs are split; rotated text keeps its one box.
    if (!vertical && Math.abs(b) < 1e-6 && Math.abs(c) < 1e-6 && a > 0) runs.push(...splitAtGaps(run));
    else runs.push(run);
  }
  return runs;
}

/** Advance of a character in ems, as CJK fonts set it: full width for CJK and full-width forms, about half for the rest. */
const advance = (ch: string): number => (/[\u2E80-\u9FFF\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\u2018-\u201F\u2026\u2014]/.test(ch) ? 1 : 0.55);

/**
 * pdf.js joins the glyphs one text operator draws into one run, and Chromium draws a whole table
 * row with one operator: 「本年新制作数量 本年新公开数量」 arrives as one run across two cells,
 * the cell gap turned into a space. Split such runs at their spaces, placing each piece by the
 * advances of its characters and sharing the rest of the width out among the gaps.
 */
function splitAtGaps(run: TextRun): TextRun[] {
  const pieces = run.text.split(/(\s+)/).filter((p) => p !== '');
  const words = pieces.filter((p) => p.trim() !== '');
  if (words.length < 2) return [run];
  const em = (s: string) => [...s].reduce((n, ch) => n + advance(ch), 0) * run.size;
  const inked = words.reduce((n, w) => n + em(w), 0);
  const gaps = pieces.filter((p) => p.trim() === '').length;
  const gap = Math.max(0, (run.x1 - run.x0 - inked) / gaps);
  const out: TextRun[] = [];
  let x = run.x0;
  for (const p of pieces) {
    if (p.trim() === '') {
      x += gap;
      continue;
    }
    const w = em(p);
    out.push({ ...run, text: p, x0: x, x1: x + w });
    x += w;
  }
  return out;
}
