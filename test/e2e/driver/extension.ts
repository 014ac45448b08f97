/**
 * What both drivers do through the extension's own APIs, written once: each driver only says
 * where such code runs (Chromium: the MV3 service worker; Firefox: an extension page of ours).
 * The functions are serialised into that context: they use its `browser` (Firefox) or `chrome`.
 */
import type { Badge } from './types';

/** Runs `fn(arg)` in an extension context of ours. */
export type InExtension = <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>;

/** The tabs/action API surface these helpers use, in either browser. */
interface Api {
  tabs: {
    query(q: object): Promise<Array<{ id?: number; url?: string }>>;
    setZoom(tabId: number, factor: number): Promise<void>;
    sendMessage(tabId: number, msg: unknown): Promise<unknown>;
  };
  scripting: { executeScript(o: object): Promise<unknown> };
  action?: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> };
  browserAction?: { getBadgeText(d: object): Promise<string>; getBadgeBackgroundColor(d: object): Promise<number[]> };
}

export function extensionOps(run: InExtension) {
  const tabIdOf = async (url: string): Promise<number> => {
    const id = await run(async (u) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      const tabs = await api.tabs.query({});
      return tabs.find((t) => t.url === u)?.id ?? -1;
    }, url);
    if (id < 0) throw new Error(`No tab found for ${url}`);
    return id;
  };

  const badge = (tabId: number): Promise<Badge> =>
    run(async (tab) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      // MV3's `action`, MV2's `browserAction` (Firefox).
      const action = (api.action ?? api.browserAction)!;
      const [text, color] = await Promise.all([action.getBadgeText({ tabId: tab }), action.getBadgeBackgroundColor({ tabId: tab })]);
      return { text, color: color as Badge['color'] };
    }, tabId);

  const sendToTab = (tabId: number, msg: object): Promise<unknown> =>
    run(
      ([id, m]) => {
        const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        return api.tabs.sendMessage(id, m).catch((error: Error) => {
          // Chrome and Firefox word "nobody listens" differently.
          if (/Receiving end does not exist|message port closed|Could not establish connection/.test(error.message)) return undefined;
          throw error;
        });
      },
      [tabId, msg] as [number, object],
    );

  const injectAudit = (tabId: number): Promise<void> =>
    run(async (id) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      await api.scripting.executeScript({ target: { tabId: id }, files: ['/content-scripts/audit.js'] });
    }, tabId);

  const zoom = (tabId: number, factor: number): Promise<void> =>
    run(([id, f]) => {
      const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
      return api.tabs.setZoom(id, f);
    }, [tabId, factor] as [number, number]);

  /** A fetch from a content script in the tab (its isolated world), which must reach the recorder. */
  const probeFromContent = (tabId: number, url: string): Promise<unknown> =>
    run(
      ([id, u]) => {
        const api = ((globalThis as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome) as Api;
        return api.scripting.executeScript({
          target: { tabId: id },
          func: (v: string) => fetch(v).then(() => 1, () => 0),
          args: [u],
        });
      },
      [tabId, url] as [number, string],
    );

  return { tabIdOf, badge, sendToTab, injectAudit, zoom, probeFromContent };
}

/** Polls the badge until `accept` holds. */
export async function pollBadge(read: () => Promise<Badge>, accept: (b: Badge) => boolean, timeoutMs: number): Promise<Badge> {
  const until = Date.now() + timeoutMs;
  let last = await read();
  while (!accept(last)) {
    if (Date.now() > until) throw new Error(`Badge still ${JSON.stringify(last)} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
    last = await read();
  }
  return last;
}
