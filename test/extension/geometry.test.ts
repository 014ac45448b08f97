import { describe, expect, it } from 'vitest';
import { boxIn, isRendered, markerBox, placeTooltip } from '../../components/overlay/geometry';

describe('boxIn', () => {
  it('is the cell rect relative to the layer origin, grown outward', () => {
    // Page scrolled by 300: the layer's origin is 300 px above the viewport, and so is the cell's offset.
    expect(boxIn({ left: 100, top: 50, width: 80, height: 20 }, { left: 0, top: -300 }, 1)).toEqual({ x: 99, y: 349, w: 82, h: 22 });
  });

  it('does not depend on the scroll position', () => {
    const a = boxIn({ left: 10, top: 500, width: 5, height: 5 }, { left: 0, top: 0 });
    const b = boxIn({ left: 10, top: 200, width: 5, height: 5 }, { left: 0, top: -300 });
    expect(a).toEqual(b);
  });
});

describe('markerBox', () => {
  it('centres the marker on the top-right corner', () => {
    expect(markerBox({ x: 100, y: 200, w: 50, h: 20 }, 16)).toEqual({ x: 142, y: 192, w: 16, h: 16 });
  });
});

describe('isRendered', () => {
  it('knows a hidden element has no box', () => {
    expect(isRendered({ left: 0, top: 0, width: 0, height: 0 })).toBe(false);
    expect(isRendered({ left: 0, top: 0, width: 10, height: 0 })).toBe(true);
  });
});

describe('placeTooltip', () => {
  const viewport = { w: 1000, h: 800 };
  const tip = { w: 300, h: 120 };

  it('goes below the anchor when there is room', () => {
    expect(placeTooltip({ left: 100, top: 100, width: 16, height: 16 }, tip, viewport)).toEqual({ x: 100, y: 122 });
  });

  it('flips above near the bottom of the viewport', () => {
    expect(placeTooltip({ left: 100, top: 740, width: 16, height: 16 }, tip, viewport)).toEqual({ x: 100, y: 614 });
  });

  it('stays inside the viewport at the right edge', () => {
    expect(placeTooltip({ left: 950, top: 100, width: 16, height: 16 }, tip, viewport).x).toBe(1000 - 8 - 300);
  });

  // The cells a finding was computed from, which a reviewer reads beside the tooltip.
  const anchor = { left: 300, top: 300, width: 40, height: 20 };
  const cellBelow = { left: 300, top: 360, width: 40, height: 20 };
  const cellAbove = { left: 300, top: 240, width: 40, height: 20 };

  it('goes above when below would cover a cell it explains', () => {
    expect(placeTooltip(anchor, tip, viewport, [cellBelow])).toEqual({ x: 300, y: 174 });
  });

  it('goes to the right when below and above would both cover one', () => {
    expect(placeTooltip(anchor, tip, viewport, [cellBelow, cellAbove])).toEqual({ x: 346, y: 300 });
  });

  it('goes to the left when the right has no room either', () => {
    const nearRight = { left: 650, top: 300, width: 40, height: 20 };
    const column = [{ left: 650, top: 360, width: 40, height: 20 }, { left: 650, top: 240, width: 40, height: 20 }];
    expect(placeTooltip(nearRight, tip, viewport, column)).toEqual({ x: 344, y: 300 });
  });

  it('covers as little as it can when every side covers something', () => {
    const around = [
      { left: 300, top: 330, width: 40, height: 10 }, // a thin strip below
      { left: 0, top: 0, width: 1000, height: 290 }, // everything above
      { left: 350, top: 290, width: 650, height: 510 }, // everything to the right
      { left: 0, top: 290, width: 290, height: 510 }, // everything to the left
    ];
    expect(placeTooltip(anchor, tip, viewport, around)).toEqual({ x: 300, y: 326 });
  });

  it('keeps the top-left corner visible when the tooltip is bigger than the viewport', () => {
    expect(placeTooltip({ left: 50, top: 50, width: 16, height: 16 }, { w: 2000, h: 2000 }, viewport)).toEqual({ x: 8, y: 8 });
  });
});
