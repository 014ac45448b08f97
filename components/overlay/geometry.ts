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

/**
 * Where a tooltip goes (viewport coordinates, for a fixed layer): below the anchor, left edges
 * aligned; above it when there is no room below; always inside the viewport with a margin.
 */
export function placeTooltip(anchor: RectLike, tip: Size, viewport: Size, gap = 6, margin = 8): { x: number; y: number } {
  const below = anchor.top + anchor.height + gap;
  const above = anchor.top - gap - tip.h;
  const y = below + tip.h <= viewport.h - margin || above < margin ? below : above;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  return {
    x: clamp(anchor.left, margin, viewport.w - margin - tip.w),
    y: clamp(y, margin, viewport.h - margin - tip.h),
  };
}
