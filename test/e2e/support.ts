/** What the browser tests measure on a page, over the driver interface (harness.ts), in either browser. */
import { loadFile, toDocument } from '../../cli/load';
import { auditDocument } from '../../lib/audit';
import type { AuditExport } from '../../lib/model';
import { OVERLAY_HOST, mark, type Tab, type Target } from './harness';

/** The same audit, run in Node on the same markup: what the overlay must show. */
export function nodeAudit(html: string, url: string): AuditExport {
  const document = toDocument(html);
  return auditDocument(document, { url, title: document.title });
}

export async function nodeAuditFile(path: string, url: string): Promise<AuditExport> {
  const loaded = await loadFile(path);
  if (!loaded.ok || loaded.kind !== 'html') throw new Error(`not a page: ${path}`);
  return nodeAudit(loaded.html, url);
}

/** "table.row.col" of every cell a (non-dismissed) finding names: the outlines expected. */
export function failingCells(audit: AuditExport): string[] {
  const keys = new Set<string>();
  for (const f of audit.findings) if (!f.dismissed) for (const c of f.cells) keys.add(`${c.table}.${c.row}.${c.col}`);
  return [...keys].sort();
}

export const outlineKeys = async (target: Target): Promise<string[]> => (await target.attrs(mark('outline'), 'data-cell')).sort();

export const waitForChip = (target: Target, timeout = 8000) => target.waitFor(mark('chip'), { timeout });

/** Scrolls a mark to the middle of the viewport (clear of the corner chip) and hovers it. */
export const hoverMark = (tab: Tab, kind: 'marker', index = 0): Promise<void> => tab.hover({ css: mark(kind) as string, nth: index });

/** The box of every element of the page (ours excluded), in document coordinates. */
export const pageBoxes = (target: Target): Promise<string[]> =>
  target.evaluate((host) => {
    return Array.from(document.querySelectorAll('body *'))
      .filter((el) => el.tagName.toLowerCase() !== host && !el.closest(host))
      .map((el) => {
        const r = el.getBoundingClientRect();
        return `${el.tagName}@${Math.round((r.left + scrollX) * 10)},${Math.round((r.top + scrollY) * 10)} ${Math.round(r.width * 10)}x${Math.round(r.height * 10)}`;
      });
  }, OVERLAY_HOST);

/**
 * How far each outline is from the cell under its centre (the outline is 1 px outside the cell's
 * border box). Outlines let the pointer through, so hit-testing finds the page's own cell.
 */
export const outlineDrift = (target: Target): Promise<number[]> =>
  target.evaluate((host) => {
    const root = document.querySelector(host)?.shadowRoot;
    if (!root) return [];
    return Array.from(root.querySelectorAll('[data-gra="outline"]')).map((o) => {
      o.scrollIntoView({ block: 'center', inline: 'center' }); // hit-testing needs it in the viewport
      const r = o.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2)?.closest('td,th');
      if (!hit) return Infinity;
      const c = hit.getBoundingClientRect();
      return Math.max(Math.abs(r.left + 1 - c.left), Math.abs(r.top + 1 - c.top), Math.abs(r.width - 2 - c.width), Math.abs(r.height - 2 - c.height));
    });
  }, OVERLAY_HOST);

/**
 * Records, in the page, when the overlay's host is first inserted (ms since navigation start):
 * call before navigating; read with `overlayTime`.
 */
export const recordOverlayTime = (tab: Tab) =>
  tab.addInitScript((host) => {
    const w = window as unknown as { __overlayAt?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector(host)) {
        w.__overlayAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }, OVERLAY_HOST);

export const overlayTime = (target: Target) =>
  target.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    return { overlayAt: (window as unknown as { __overlayAt?: number }).__overlayAt ?? null, loadEnd: nav?.loadEventEnd ?? null };
  });
