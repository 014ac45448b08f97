import type { PageContent, Rect } from '../pdf/types';

/** Rectangles of a PDF page's layout space (y down from the page's top), shared by the ruled and the text-position readers. */

export const center = (r: Rect): [number, number] => [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2];

export const inside = (r: Rect, box: Rect): boolean => {
  const [x, y] = center(r);
  return x >= box.x0 && x <= box.x1 && y >= box.y0 && y <= box.y1;
};

export function bounds(rects: readonly Rect[]): Rect {
  return {
    x0: Math.min(...rects.map((r) => r.x0)),
    y0: Math.min(...rects.map((r) => r.y0)),
    x1: Math.max(...rects.map((r) => r.x1)),
    y1: Math.max(...rects.map((r) => r.y1)),
  };
}

/** A layout-space rectangle of a page in PDF user space: [x0, y0, x1, y1], y up, x0 < x1, y0 < y1. */
export function pdfBox(page: PageContent, r: Rect): [number, number, number, number] {
  const [ax, ay] = page.toPdf(r.x0, r.y0);
  const [bx, by] = page.toPdf(r.x1, r.y1);
  const round = (n: number) => Math.round(n * 100) / 100;
  return [round(Math.min(ax, bx)), round(Math.min(ay, by)), round(Math.max(ax, bx)), round(Math.max(ay, by))];
}
