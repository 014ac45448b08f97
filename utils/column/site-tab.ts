import { browser } from 'wxt/browser';

const LOAD_TIMEOUT_MS = 30_000;

/**
 * A tab showing the column's site, whose context fetches the reports (its session and cookies):
 * the tab the batch started from if it is still on the site, else another tab on the site, else
 * the list page opened anew in the background (after a browser restart, say).
 */
export async function siteTab(preferred: number | null, listUrl: string): Promise<number> {
  const origin = new URL(listUrl).origin;
  const onSite = (url: string | undefined) => {
    try {
      return !!url && new URL(url).origin === origin;
    } catch {
      return false;
    }
  };
  if (preferred !== null) {
    const tab = await browser.tabs.get(preferred).catch(() => null);
    if (tab?.id !== undefined && onSite(tab.url) && tab.status === 'complete') return tab.id;
  }
  const { protocol, hostname } = new URL(listUrl);
  // Match patterns carry no port; the origin check picks the right one.
  const open = (await browser.tabs.query({ url: `${protocol}//${hostname}/*` })).find((t) => onSite(t.url) && t.status === 'complete');
  if (open?.id !== undefined) return open.id;
  const created = await browser.tabs.create({ url: listUrl, active: false });
  const until = Date.now() + LOAD_TIMEOUT_MS;
  while (Date.now() < until) {
    const tab = await browser.tabs.get(created.id!).catch(() => null);
    if (!tab) break;
    if (tab.status === 'complete' && onSite(tab.url)) return tab.id!;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`the site did not load: ${listUrl}`);
}
