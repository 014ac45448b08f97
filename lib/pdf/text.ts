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
    runs.push({ text: item.str, vertical, size, x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) });
  }
  return runs;
}
