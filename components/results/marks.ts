import { h, render } from 'preact';
import { Overlay, type Timers } from '../overlay/Overlay';
import type { OverlayView } from '../overlay/mount';
import { OVERLAY_CSS, OVERLAY_HOST } from '../overlay/styles';

/** An extension page lives as long as its tab: nothing invalidates it early. */
const PAGE_TIMERS = {
  setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms),
  requestAnimationFrame: (fn: FrameRequestCallback) => window.requestAnimationFrame(fn),
  onInvalidated: () => () => undefined,
} as unknown as Timers;

export interface PageMarks {
  show(view: OverlayView): void;
  hide(): void;
}

/**
 * The HTML overlay's marks (outlines, markers, tooltips, chip) over the results page's rendered
 * PDF pages: the same component in the same shadow root, here at the results page's origin. The
 * "cells" it outlines are the page's positioned cell boxes (PdfPages).
 */
export function createPageMarks(onClose: () => void): PageMarks {
  const host = document.createElement(OVERLAY_HOST);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = OVERLAY_CSS;
  const container = document.createElement('div');
  root.append(style, container);
  return {
    show(view) {
      if (!host.isConnected) document.documentElement.append(host);
      render(h(Overlay, { ...view, host, timers: PAGE_TIMERS, onClose }), container);
    },
    hide() {
      render(null, container);
      host.remove();
    },
  };
}
