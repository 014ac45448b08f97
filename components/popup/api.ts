// 'wxt/browser', not '#imports': the build aliases it to the polyfill all the same, and under
// vitest's jsdom '#imports' drags in wxt/testing (and esbuild, which jsdom's globals break).
import { browser } from 'wxt/browser';
import type { HandCorrection } from '../../lib/model';
import { getDismissed, setDismissed } from '../../utils/dismissals';
import { AuditReply, type ToContent } from '../../utils/protocol';
import { resultsUrl } from '../../utils/results';

/** Everything the popup asks of the browser, behind one interface so components test without one. */
export interface PopupApi {
  /** The audit of the frame holding a report, or null when no frame answered (or answered nonsense). */
  getAudit(): Promise<AuditReply | null>;
  /** Runs the audit now; `inject` first puts the audit script into every frame (any site, via activeTab). */
  auditNow(inject: boolean): Promise<void>;
  reveal(findingId: string): Promise<void>;
  setOverlay(visible: boolean): Promise<void>;
  getDismissed(url: string): Promise<string[]>;
  /** Stores the change, then tells the page so its marks redraw. Returns the page's dismissed ids. */
  setDismissed(url: string, findingId: string, dismissed: boolean): Promise<string[]>;
  /** A value corrected by hand: the page's audit re-runs with it; answers the new audit (null: no answer). */
  correct(correction: HandCorrection): Promise<AuditReply | null>;
  /**
   * The tab's URL, where the extension may see it (*.gov.cn, or the tab the popup was opened on),
   * and the type of the document it shows (a PDF served from an address not ending in .pdf).
   */
  tabInfo(): Promise<TabInfo | null>;
  /** Opens the results page for a report file of the tab (the user's click is the go-ahead to fetch it). */
  openFile(fileUrl: string): Promise<void>;
}

export interface TabInfo {
  url: string;
  /** `document.contentType` where the extension may read it; null where it may not. */
  contentType: string | null;
}

const REPLY_TIMEOUT_MS = 4000;

/** The tab to audit: `?tab=<id>` when the popup is opened as a page (tests), else the active tab. */
export async function resolveTabId(search: string): Promise<number | null> {
  const param = new URLSearchParams(search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** A frame that never answers must not hang the popup: after `ms`, settle with undefined. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((done) => (timer = setTimeout(() => done(undefined), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

export function browserApi(tabId: number): PopupApi {
  const send = (message: ToContent): Promise<unknown> => browser.tabs.sendMessage(tabId, message);
  // Page marks are a convenience: a tab that went away must not break the popup.
  const tell = (message: ToContent): Promise<void> => send(message).then(() => undefined, () => undefined);

  const ask = async (message: ToContent): Promise<AuditReply | null> => {
    let reply: unknown;
    try {
      reply = await withTimeout(send(message), REPLY_TIMEOUT_MS);
    } catch {
      return null; // no content script in the tab: "Receiving end does not exist"
    }
    if (reply === undefined) return null;
    const parsed = AuditReply.safeParse(reply);
    if (!parsed.success) console.warn(`gov-report-audit: unexpected reply to ${message.type}`, parsed.error.issues);
    return parsed.success ? parsed.data : null;
  };

  async function tabInfo(): Promise<TabInfo | null> {
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab?.url) return null;
    // Chrome lets an extension with the host's permission ask its PDF viewer what it shows; elsewhere this fails: null.
    const probe = await browser.scripting
      .executeScript({ target: { tabId }, func: () => document.contentType })
      .catch(() => null);
    const contentType = probe?.[0]?.result;
    return { url: tab.url, contentType: typeof contentType === 'string' ? contentType : null };
  }

  return {
    getAudit: () => ask({ type: 'get-audit' }),
    async auditNow(inject) {
      if (inject) {
        await browser.scripting.executeScript({ target: { tabId, allFrames: true }, files: ['/content-scripts/audit.js'] });
      }
      // The reply, if any, is not the audit: the caller polls get-audit for the fresh result.
      await withTimeout(send({ type: 'audit-now' }).catch(() => undefined), REPLY_TIMEOUT_MS);
    },
    reveal: (findingId) => tell({ type: 'reveal', findingId }),
    setOverlay: (visible) => tell({ type: 'set-overlay', visible }),
    getDismissed: (url) => getDismissed(url),
    async setDismissed(url, findingId, dismissed) {
      const ids = await setDismissed(url, findingId, dismissed);
      await tell({ type: 'dismissals-changed' });
      return ids;
    },
    correct: (correction) => ask({ type: 'correct', correction }),
    tabInfo,
    async openFile(fileUrl) {
      const page = (await tabInfo())?.url;
      await browser.tabs.create({ url: browser.runtime.getURL(resultsUrl({ file: fileUrl, page: page ?? fileUrl, tab: tabId })) });
    },
  };
}
