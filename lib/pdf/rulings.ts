import { apply, IDENTITY, multiply, type Matrix } from './matrix';
import type { Segment } from './types';

/**
 * pdf.js 5 path encoding (`DrawOPS` in pdfjs-dist/build/pdf.mjs, not exported): since v5 a
 * `constructPath` op carries `[paintOp, [Float32Array | null], minMax]`, the array holding
 * op codes each followed by its coordinates (v3/v4 carried separate op and coordinate arrays).
 * `re` arrives already turned into moveTo/lineTo…/closePath.
 */
const MOVE_TO = 0;
const LINE_TO = 1;
const CURVE_TO = 2;
const QUAD_TO = 3;
const CLOSE = 4;

/** Filled rectangles thinner than this are borders (Word, WPS and Chromium draw rules as fills). */
const THIN = 2.5;
/** How far off the axis a stroke may lean and still be a ruling. */
const SLANT = 0.8;

export interface Drawing {
  segments: Segment[];
  /** Area covered by images, in square PDF units. */
  imageArea: number;
}

type Point = [number, number];

/**
 * The ruling lines a page draws (table borders), in layout space (`toLayout` maps page space
 * there), and how much of it is covered by images. Reads the operator list pdf.js gives.
 */
export function drawing(ops: Record<string, number>, fnArray: readonly number[], argsArray: readonly unknown[], toLayout: Matrix): Drawing {
  const segments: Segment[] = [];
  let imageArea = 0;
  let ctm: Matrix = IDENTITY;
  const stack: Matrix[] = [];
  const images = new Set([ops.paintImageXObject, ops.paintInlineImageXObject, ops.paintImageMaskXObject, ops.paintImageXObjectRepeat, ops.paintSolidColorImageMask]);
  const strokes = new Set([ops.stroke, ops.closeStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  const both = new Set([ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);

  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    const args = argsArray[i] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? IDENTITY;
    else if (fn === ops.transform && args) ctm = multiply(args as number[], ctm);
    else if (fn === ops.paintFormXObjectBegin && args) {
      stack.push(ctm);
      if (Array.isArray(args[0]) || ArrayBuffer.isView(args[0])) ctm = multiply(Array.from(args[0] as ArrayLike<number>), ctm);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? IDENTITY;
    else if (images.has(fn)) {
      const m = multiply(ctm, toLayout);
      imageArea += Math.abs(m[0]! * m[3]! - m[1]! * m[2]!);
    } else if (fn === ops.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as unknown[] | undefined)?.[0];
      if (!data || !ArrayBuffer.isView(data)) continue;
      const stroke = strokes.has(paint) || both.has(paint);
      const fill = fills.has(paint) || both.has(paint);
      if (!stroke && !fill) continue;
      const m = multiply(ctm, toLayout);
      for (const sub of subpaths(data as unknown as ArrayLike<number>)) {
        const pts = sub.map(([x, y]) => apply(m, x, y));
        const box = rectangle(pts);
        if (box) {
          const w = box.x1 - box.x0;
          const h = box.y1 - box.y0;
          if (fill && (w < THIN || h < THIN)) {
            // A thin filled rectangle is one rule along its long side.
            segments.push(h < w ? { x0: box.x0, x1: box.x1, y0: (box.y0 + box.y1) / 2, y1: (box.y0 + box.y1) / 2 } : { x0: (box.x0 + box.x1) / 2, x1: (box.x0 + box.x1) / 2, y0: box.y0, y1: box.y1 });
            continue;
          }
          if (!stroke) continue;
        }
        if (!stroke) continue;
        for (let k = 1; k < pts.length; k++) {
          const s = axisSegment(pts[k - 1]!, pts[k]!);
          if (s) segments.push(s);
        }
      }
    }
  }
  return { segments, imageArea };
}

/** Each subpath's points; curves contribute their end point only (a curve is never a ruling). */
function subpaths(data: ArrayLike<number>): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < data.length; ) {
    const op = data[i++];
    if (op === MOVE_TO) {
      if (current.length > 1) out.push(current);
      current = [[data[i++]!, data[i++]!]];
    } else if (op === LINE_TO) {
      current.push([data[i++]!, data[i++]!]);
    } else if (op === CURVE_TO) {
      i += 4;
      // Breaking here keeps a curved corner from joining two straight edges into one rule.
      if (current.length > 1) out.push(current);
      current = [[data[i++]!, data[i++]!]];
    } else if (op === QUAD_TO) {
      i += 2;
      if (current.length > 1) out.push(current);
      current = [[data[i++]!, data[i++]!]];
    } else if (op === CLOSE) {
      if (current.length > 1) {
        current.push(current[0]!);
        out.push(current);
      }
      current = current.length > 0 ? [current[0]!] : [];
    } else {
      break; // unknown code: the rest of the data cannot be aligned
    }
  }
  if (current.length > 1) out.push(current);
  return out;
}

/** The box of a closed axis-aligned quadrilateral (a rectangle), else null. */
function rectangle(pts: Point[]): { x0: number; y0: number; x1: number; y1: number } | null {
  const closed = pts.length === 5 && pts[0]![0] === pts[4]![0] && pts[0]![1] === pts[4]![1];
  if (!closed && pts.length !== 4) return null;
  for (let k = 1; k < pts.length; k++) if (!axisSegment(pts[k - 1]!, pts[k]!, true)) return null;
  const xs = pts.map((p) => p[0]);
  const ys = pts.map((p) => p[1]);
  return { x0: Math.min(...xs), x1: Math.max(...xs), y0: Math.min(...ys), y1: Math.max(...ys) };
}

function axisSegment(a: Point, b: Point, allowPoint = false): Segment | null {
  const dx = Math.abs(a[0] - b[0]);
  const dy = Math.abs(a[1] - b[1]);
  if (dx <= SLANT && dy <= SLANT) return allowPoint ? { x0: a[0], y0: a[1], x1: a[0], y1: a[1] } : null;
  if (dy <= SLANT) {
    const y = (a[1] + b[1]) / 2;
    return { x0: Math.min(a[0], b[0]), x1: Math.max(a[0], b[0]), y0: y, y1: y };
  }
  if (dx <= SLANT) {
    const x = (a[0] + b[0]) / 2;
    return { x0: x, x1: x, y0: Math.min(a[1], b[1]), y1: Math.max(a[1], b[1]) };
  }
  return null;
}
