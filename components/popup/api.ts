// 'wxt/browser', not '#imports': the build aliases it to the polyfill all the same, and under
// vitest's jsdom '#imports' drags in wxt/testing (and esbuild, which jsdom's globals break).
import { browser } from 'wxt/browser';
import { getDismissed, setDismissed } from '../../utils/dismissals';
import { AuditReply } from '../../utils/protocol';
import type { ToContent } from '../../utils/to-content';

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

  return {
    async getAudit() {
      let reply: unknown;
      try {
        reply = await withTimeout(send({ type: 'get-audit' }), REPLY_TIMEOUT_MS);
      } catch {
        return null; // no content script in the tab: "Receiving end does not exist"
      }
      if (reply === undefined) return null;
      const parsed = AuditReply.safeParse(reply);
      if (!parsed.success) console.warn('gov-report-audit: unexpected reply to get-audit', parsed.error.issues);
      return parsed.success ? parsed.data : null;
    },
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
  };
}
