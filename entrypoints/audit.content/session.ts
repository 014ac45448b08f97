import { browser, type ContentScriptContext } from '#imports';
import { reportAttachments, type Attachment } from '../../lib/detect';
import type { AuditExport, CellRef, Finding, HandCorrection } from '../../lib/model';
import { kindOf } from '../../lib/model/vocabulary';
import { readSnapshot, type ReadPage } from '../../lib/snapshot/read';
import type { FindingText } from '../../components/overlay/describe';
import { t, uiLang } from '../../components/overlay/i18n';
import { createOverlayUi, type OverlayUi, type OverlayView } from '../../components/overlay/mount';
import { drawable, overlayModel, refKey, type OverlayModel } from '../../components/overlay/model';
import { KIND_COLORS } from '../../components/overlay/styles';
import type { AuditReply, PageAudit, ToBackground } from '../../utils/protocol';

const FLASH_MS = 2000;
/** A background that could not be reached (a service worker starting) is asked once more after this. */
const RETRY_MS = 300;
/** Only the top frame lists a notice page's attachments (and answers for a page without a report). */
export const isTop = (() => {
  try {
    return window.top === window;
  } catch {
    return false;
  }
})();
export const log = (...args: unknown[]) => console.warn('[年报核查] audit:', ...args);

/** Whether this frame holds a report: known once the background has answered for the latest reading. */
export type Holds = 'yes' | 'no' | 'pending';

/**
 * This frame's audit: the page is read here (the DOM into a snapshot, lib/snapshot) and audited
 * by the background, which also applies the reviewer's dismissals and last year's report, keeps
 * the history and sets the badge. The answer is drawn here. Reading is synchronous, so a message
 * that arrives first reads the page at once; the overlay's shadow root arrives asynchronously,
 * and nothing is drawn before it is there.
 */
export interface Session {
  /** Reads the page again and has it audited (content changed, or the popup asked). */
  run(): void;
  /** Reads the page unless it was read already (the first audit, in a task of its own). */
  runOnce(): void;
  /** Keeps a value the reviewer corrected by hand and audits again with it. */
  correct(correction: HandCorrection): void;
  /** Has the same reading audited again: the reviewer's dismissals changed. */
  reaudit(): void;
  setOverlay(visible: boolean): void;
  /** Scrolls a finding's first cell into view and flashes it; false when this frame does not show it. */
  reveal(findingId: string): boolean;
  holds(): Holds;
  /** Resolves once the overlay is ready and the latest reading's audit has come back. */
  settled(): Promise<void>;
  reply(): AuditReply;
}

export function createSession(ctx: ContentScriptContext): Session {
  let page: ReadPage | null = null;
  /** When the page was read: the same reading audited again keeps its time. */
  let readAt = '';
  let view: AuditExport | null = null;
  let texts: Record<string, FindingText> = {};
  let model: OverlayModel | null = null;
  let wantOverlay = true;
  let flash: OverlayView['flash'] = null;
  let nonce = 0;
  let overlay: OverlayUi | null = null;
  let attachments: Attachment[] = [];
  // The reviewer's corrections, by cell: they hold across re-audits of this page.
  const corrections = new Map<string, HandCorrection>();
  /** The latest request to the background, and whether it is still out. */
  let asked = 0;
  let pending = false;
  let answered: Promise<void> = Promise.resolve();
  const lang = uiLang();

  const locate = (ref: CellRef): Element | null => {
    const el = page?.grids[ref.table]?.rows[ref.row]?.[ref.col]?.element ?? null;
    return el?.isConnected ? el : null;
  };
  // Described by the background; a finding it did not describe (none should be) says its message.
  const describe = (f: Finding): FindingText =>
    texts[f.id] ?? { id: f.id, kind: kindOf(f), heading: f.rule, rule: f.rule, message: f.message[lang], formula: null, relatedGroup: null, related: [], relatedRest: null, relatedMore: 0 };

  const draw = () => {
    // An answer that arrives after a newer copy of this script replaced this one draws nothing.
    if (!overlay || ctx.isInvalid) return;
    if (!view || !model || !wantOverlay || !drawable(view.verdict.status)) return overlay.hide();
    overlay.show({ model, locate, describe, t, lang, flash });
  };

  const send = (message: ToBackground): Promise<PageAudit | undefined> =>
    // Our own background's answer (nothing else can answer a runtime message of ours): no zod here.
    browser.runtime.sendMessage(message) as Promise<PageAudit | undefined>;

  /** Sends the latest reading to the background; its answer replaces the audit unless a newer reading went out since. */
  const request = () => {
    if (!page) return;
    const mine = ++asked;
    pending = true;
    const message: ToBackground = { type: 'audit-page', url: location.href, at: readAt, snapshot: page.snapshot, corrections: [...corrections.values()] };
    answered = send(message)
      .catch(() => new Promise<void>((done) => ctx.setTimeout(done, RETRY_MS)).then(() => send(message)))
      .then((answer) => {
        if (mine !== asked) return;
        if (!answer) log('the background did not audit the page');
        view = answer?.audit ?? null;
        texts = answer?.texts ?? {};
        model = view && overlayModel(view);
        draw();
      })
      .catch(log)
      .finally(() => {
        if (mine === asked) pending = false;
      });
  };

  const ready = createOverlayUi(ctx, () => session.setOverlay(false)).then((ui) => {
    overlay = ui;
    draw();
  });
  ready.catch(log);

  const session: Session = {
    run() {
      page = readSnapshot(document);
      readAt = new Date().toISOString();
      attachments = isTop ? reportAttachments(document) : [];
      request();
    },
    correct(correction) {
      corrections.set(refKey(correction.at), correction);
      session.run();
    },
    reaudit() {
      if (page) request();
      else session.run();
    },
    setOverlay(visible) {
      wantOverlay = visible;
      draw();
    },
    reveal(findingId) {
      const f = model?.byId.get(findingId);
      const first = f?.cells[0];
      const el = first && locate(first);
      if (!f || !el) return false;
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'smooth' });
      wantOverlay = true;
      const mine = ++nonce;
      flash = { cells: f.cells, color: KIND_COLORS[kindOf(f)], nonce: mine };
      draw();
      ctx.setTimeout(() => {
        if (nonce !== mine) return;
        flash = null;
        draw();
      }, FLASH_MS);
      return true;
    },
    runOnce() {
      if (!page) session.run();
    },
    // A message that arrives before the first audit's task reads the page now.
    holds() {
      session.runOnce();
      if (pending) return 'pending';
      return view && drawable(view.verdict.status) ? 'yes' : 'no';
    },
    async settled() {
      await ready.catch(() => undefined);
      // A newer reading may go out while an older one is answered: wait for the latest.
      for (let latest = answered; ; latest = answered) {
        await latest;
        if (latest === answered) return;
      }
    },
    reply: () => ({ audit: view, overlayVisible: !!overlay?.visible, attachments }),
  };
  return session;
}
