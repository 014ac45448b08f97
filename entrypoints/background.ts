import { browser, storage, type Browser } from '#imports';
import { badgeFor, stateOf, tabState } from '../utils/badge';
import { auditPageSnapshot, unreadablePage } from '../utils/page-audit';
import { ToBackground, type AuditState, type BackgroundReplies } from '../utils/protocol';

/** The built audit script (entrypoints/audit.content, registration: 'runtime'). */
export const AUDIT_SCRIPT = '/content-scripts/audit.js';

/**
 * Audit state of every frame of every tab, so a tab with a report in an iframe still shows the
 * report's state. Session storage, not memory: the service worker sleeps between a page's frames.
 */
const frameStates = storage.defineItem<Record<string, Record<string, AuditState>>>('session:frameStates', {
  fallback: {},
});

// Storage updates are read-modify-write: run them one after another.
let queue: Promise<unknown> = Promise.resolve();
const serially = (job: () => Promise<void>): Promise<void> => {
  const next = queue.then(job, job);
  queue = next.catch((error) => console.warn('[年报核查] background:', error));
  return next;
};

/** The toolbar button: `action` in MV3, `browserAction` in Firefox's MV2 build. */
type ActionApi = Pick<typeof browser.action, 'setBadgeText' | 'setBadgeBackgroundColor'> & {
  // Chrome 110+ and Firefox; absent elsewhere.
  setBadgeTextColor?: (d: { tabId: number; color: string }) => Promise<void>;
};
const action = (): ActionApi => (browser.action ?? (browser as unknown as { browserAction: ActionApi }).browserAction) as ActionApi;

async function showBadge(tabId: number, frames: Record<string, AuditState>): Promise<void> {
  const look = badgeFor(tabState(Object.values(frames)));
  await action().setBadgeText({ tabId, text: look.text });
  if (look.color) {
    await action().setBadgeBackgroundColor({ tabId, color: look.color });
    await action().setBadgeTextColor?.({ tabId, color: '#ffffff' });
  }
}

/** A tab's report file, audited in the results page, counts as one more frame of the tab. */
const FILE_FRAME = 'file';

const recordState = (tabId: number, frameId: number | typeof FILE_FRAME, state: AuditState) =>
  serially(async () => {
    const all = await frameStates.getValue();
    const frames = { ...all[tabId], [frameId]: state };
    await frameStates.setValue({ ...all, [tabId]: frames });
    await showBadge(tabId, frames);
  });

const forgetTab = (tabId: number, clearBadge: boolean) =>
  serially(async () => {
    const all = await frameStates.getValue();
    if (!(tabId in all) && !clearBadge) return;
    delete all[tabId];
    for (const key of injected) if (key.startsWith(`${tabId}:`)) injected.delete(key);
    await frameStates.setValue(all);
    if (clearBadge) await action().setBadgeText({ tabId, text: '' });
  });

// Frames we already injected into; the audit script guards itself too (a newer copy replaces an older one).
const injected = new Set<string>();

async function injectAudit(sender: Browser.runtime.MessageSender): Promise<void> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return;
  const frameId = sender.frameId ?? 0;
  const key = `${tabId}:${frameId}:${(sender as { documentId?: string }).documentId ?? sender.url ?? ''}`;
  if (injected.has(key)) return;
  injected.add(key);
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [AUDIT_SCRIPT] });
}

/** One handler per message type; the map's type makes a missing handler a compile error. */
type Handlers = {
  [K in ToBackground['type']]: (msg: Extract<ToBackground, { type: K }>, sender: Browser.runtime.MessageSender) => Promise<BackgroundReplies[K]>;
};

const handlers: Handlers = {
  'report-detected': (_msg, sender) => injectAudit(sender),
  'file-audited': async ({ tab, status, errors, warnings }, sender) => {
    // Only our own results page speaks for a file; a content script is in a web page.
    if (!sender.url?.startsWith(browser.runtime.getURL('/'))) return;
    await recordState(tab, FILE_FRAME, { status, errors, warnings });
  },
  'audit-page': async (msg, sender) => {
    const started = performance.now();
    const answer = await auditPageSnapshot(msg);
    // The bench reads this from the service worker: what auditing a page costs the background
    // (the last one only: Firefox's background page lives for days).
    performance.clearMeasures('gra-page-audit');
    performance.measure('gra-page-audit', { start: started, end: performance.now() });
    if (sender.tab?.id !== undefined) await recordState(sender.tab.id, sender.frameId ?? 0, stateOf(answer.audit));
    return answer;
  },
};

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw: unknown, sender: Browser.runtime.MessageSender) => {
    // Only our own content scripts talk to us; anything else, or anything malformed, is dropped.
    if (sender.id !== browser.runtime.id) return undefined;
    const parsed = ToBackground.safeParse(raw);
    if (!parsed.success) {
      const unreadable = unreadablePage(raw);
      if (unreadable && sender.tab?.id !== undefined) void recordState(sender.tab.id, sender.frameId ?? 0, stateOf(unreadable.audit));
      return unreadable ? Promise.resolve(unreadable) : undefined;
    }
    const msg = parsed.data;
    const reply = (handlers[msg.type] as (m: ToBackground, s: Browser.runtime.MessageSender) => Promise<unknown>)(msg, sender).catch(
      (error: unknown) => console.warn('[年报核查] background:', msg.type, error),
    );
    // Only a page's audit is answered; nothing else waits on us.
    return msg.type === 'audit-page' ? reply : undefined;
  });

  // A new document in the tab: its frames will report afresh.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') void forgetTab(tabId, true);
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId, false));
});
