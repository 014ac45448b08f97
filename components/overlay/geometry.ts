/** Overlay geometry, pure: rectangles in, boxes and positions out (CSS px). */

export interface RectLike {
  left: number;
  top: number;
  width: number;
  height: number;
}
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}
export interface Size {
  w: number;
  h: number;
}

/** An element with no box (display: none, detached) has nothing to mark. */
export const isRendered = (r: RectLike): boolean => r.width > 0 || r.height > 0;

/**
 * A cell's box in the overlay's coordinates. The overlay layer sits at the document's origin, so
 * `origin` is the layer's own viewport rect: the difference holds whatever the page's scroll
 * position, and document scrolling needs no re-measuring. `grow` draws the outline just outside
 * the cell's border so it does not cover the number.
 */
export function boxIn(rect: RectLike, origin: { left: number; top: number }, grow = 0): Box {
  return {
    x: rect.left - origin.left - grow,
    y: rect.top - origin.top - grow,
    w: rect.width + 2 * grow,
    h: rect.height + 2 * grow,
  };
}

/** The marker sits on the cell's top-right corner, centred on it. */
export function markerBox(cell: Box, size: number): Box {
  return { x: cell.x + cell.w - size / 2, y: cell.y - size / 2, w: size, h: size };
}

/** The area two rectangles share. */
function sharedArea(a: RectLike, b: RectLike): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const h = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * Where a tooltip goes (viewport coordinates, for a fixed layer): beside the anchor on the first
 * side, of below, above, right and left, where it fits and covers none of `avoid` (the cells the
 * finding was computed from, which a reviewer reads beside it); where every side covers some, the
 * side that fits and covers least; where none fits, below. Always inside the viewport with a
 * margin, never over the anchor when a side has room.
 */
export function placeTooltip(anchor: RectLike, tip: Size, viewport: Size, avoid: readonly RectLike[] = [], gap = 6, margin = 8): { x: number; y: number } {
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  const right = anchor.left + anchor.width + gap;
  const left = anchor.left - gap - tip.w;
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - tip.h;
  const sides = [
    { x: anchor.left, y: below, fits: below + tip.h <= viewport.h - margin },
    { x: anchor.left, y: above, fits: above >= margin },
    { x: right, y: anchor.top, fits: right + tip.w <= viewport.w - margin },
    { x: left, y: anchor.top, fits: left >= margin },
  ].map((side) => {
    const x = clamp(side.x, margin, viewport.w - margin - tip.w);
    const y = clamp(side.y, margin, viewport.h - margin - tip.h);
    const box = { left: x, top: y, width: tip.w, height: tip.h };
    const covered = [anchor, ...avoid].reduce((sum, r) => sum + sharedArea(box, r), 0);
    return { x, y, fits: side.fits, covered };
  });
  const fitting = sides.filter((s) => s.fits);
  // The least covered side that fits; the first such on a tie, so with nothing to avoid it is below.
  const best = fitting.reduce<(typeof sides)[number] | undefined>((b, s) => (b === undefined || s.covered < b.covered ? s : b), undefined) ?? sides[0]!;
  return { x: best.x, y: best.y };
}
