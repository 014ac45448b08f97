import { useEffect, useState } from 'preact/hooks';
import type { CellRef } from '../../lib/model';
import type { OverlayModel } from './model';
import type { Timers } from './Overlay';

/**
 * Keeps the marks on their cells. Document scrolling needs nothing (the layer scrolls with the
 * page); what moves cells under it is a resize or zoom, a scrolled inner container (or a page
 * that scrolls its body instead of the document), fonts arriving and the page's own reflows.
 * Work is coalesced into one measure per animation frame; everything stops with the component
 * or with the content script's context.
 */
export function useLayoutTracking(host: HTMLElement, model: OverlayModel, locate: (ref: CellRef) => Element | null, timers: Timers): number {
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const stop = new AbortController();
    const unbind = timers.onInvalidated(() => stop.abort());
    let queued = false;
    const remeasure = () => {
      if (queued || stop.signal.aborted) return;
      queued = true;
      timers.requestAnimationFrame(() => {
        queued = false;
        setTick((t) => t + 1);
      });
    };
    const opts = { passive: true, signal: stop.signal } as const;
    addEventListener('resize', () => remeasure(), opts);
    visualViewport?.addEventListener('resize', () => remeasure(), opts);
    // Capture: scroll events of inner containers do not bubble.
    document.addEventListener(
      'scroll',
      // The document's own scrolling moves the layer with the page: nothing to do.
      (e) => e.target !== document && remeasure(),
      { ...opts, capture: true },
    );

    // Reflows: the page's body and every table holding a mark.
    const observer = new ResizeObserver(() => remeasure());
    if (document.body) observer.observe(document.body);
    const tables = new Set<Element>();
    for (const mark of model.marks) {
      const table = locate(mark.ref)?.closest('table');
      if (table) tables.add(table);
    }
    tables.forEach((t) => observer.observe(t));
    document.fonts?.ready.then(() => remeasure()).catch(() => {});

    return () => {
      stop.abort();
      observer.disconnect();
      unbind();
    };
  }, [host, model, locate, timers]);

  return tick;
}
