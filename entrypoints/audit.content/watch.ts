import type { ContentScriptContext } from '#imports';

/** Quiet time after the last change before auditing again... */
export const SETTLE_MS = 500;
/** ...but never later than this after the first change of a burst. */
export const MAX_WAIT_MS = 2000;
/** At most this many re-audits per page: a live-updating table must not keep us busy. */
export const MAX_RUNS = 10;

/** A change that can alter the audit: inside a table, or adding or removing one. */
export function touchesTables(record: Pick<MutationRecord, 'target' | 'addedNodes' | 'removedNodes'>): boolean {
  const target = record.target.nodeType === 1 /* element */ ? (record.target as Element) : record.target.parentElement;
  if (target?.closest('table')) return true;
  for (const list of [record.addedNodes, record.removedNodes]) {
    for (const node of list) {
      if (node.nodeType !== 1) continue;
      const el = node as Element;
      if (el.tagName === 'TABLE' || el.getElementsByTagName('table').length > 0) return true;
    }
  }
  return false;
}

/**
 * Calls `onChange` when the report's tables change (pages that load them late or page them in),
 * debounced and bounded. Observes <body> only: the overlay lives outside it.
 */
export function watchTables(ctx: ContentScriptContext, onChange: () => void): void {
  const root = document.body ?? document.documentElement;
  let runs = 0;
  let timer: number | undefined;
  let burstStart = 0;

  const fire = () => {
    timer = undefined;
    runs++;
    if (runs >= MAX_RUNS) observer.disconnect();
    onChange();
  };
  const observer = new MutationObserver((records) => {
    if (!records.some(touchesTables)) return;
    const now = performance.now();
    if (timer === undefined) burstStart = now;
    else clearTimeout(timer);
    timer = ctx.setTimeout(fire, Math.max(0, Math.min(SETTLE_MS, burstStart + MAX_WAIT_MS - now)));
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => observer.disconnect());
}
