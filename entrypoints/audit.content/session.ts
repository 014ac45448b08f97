import { browser, type ContentScriptContext } from '#imports';
import { looksLikeReportTitle, reportAttachments, type Attachment } from '../../lib/detect';
import type { AuditExport, CellRef, Finding, HandCorrection } from '../../lib/model';
import { kindOf } from '../../lib/model/vocabulary';
import { readingSnapshot, type ReadPage } from '../../lib/snapshot/read';
import type { FindingText } from '../../components/overlay/describe';
import { t, uiLang } from '../../components/overlay/i18n';
import { createOverlayUi, type OverlayUi, type OverlayView } from '../../components/overlay/mount';
import { drawable, overlayModel, refKey, type OverlayModel } from '../../components/overlay/model';
import { KIND_COLORS } from '../../components/overlay/styles';
import type { AuditReply, PageAudit, ToBackground } from '../../utils/protocol';

const FLASH_MS = 2000;
/** The page is read in slices of about this much main-thread time, so no task of ours is long. */
const SLICE_MS = 15;
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
 * This frame's audit: the page is read here (the DOM into a snapshot, lib/snapshot, in short
 * slices) and audited by the background, which also applies the reviewer's dismissals and last
 * year's report, keeps the history and sets the badge. The answer is drawn here. The overlay's
 * shadow root arrives asynchronously, and nothing is drawn before it is there.
 */
export interface Session {
  /** Reads the page again and has it audited (content changed, or the popup asked). */
  run(): void;
  /** Reads the page unless it was read (or is being read) already: the first audit. */
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
  /** Audits asked for; a reading or an answer of an older one is dropped. */
  let jobs = 0;
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
  /** Whether the latest audit asked for is still being read or audited. */
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

  /** Runs a stepwise reading in slices of main-thread time, a task each; null when a newer job started meanwhile. */
  const inSlices = <T,>(steps: Generator<void, T, void>, job: number): Promise<T | null> =>
    new Promise((done, fail) => {
      const slice = () => {
        if (job !== jobs) return done(null);
        const until = performance.now() + SLICE_MS;
        try {
          for (let step = steps.next(); ; step = steps.next()) {
            if (step.done) return done(step.value);
            if (performance.now() > until) return void ctx.setTimeout(slice, 0);
          }
        } catch (error) {
          fail(error);
        }
      };
      slice();
    });

  /**
   * Has the background audit the page: read afresh (`reread`), or the same reading again. The
   * reading is sent in a task of its own (a message is serialised where it is sent); the answer
   * replaces the audit unless a newer job started since.
   */
  const audit = (reread: boolean) => {
    const job = ++jobs;
    pending = true;
    const reading = reread || !page ? inSlices(readingSnapshot(document), job) : Promise.resolve(page);
    const message = (): ToBackground | null =>
      job === jobs && page ? { type: 'audit-page', url: location.href, at: readAt, snapshot: page.snapshot, corrections: [...corrections.values()] } : null;
    const sendLatest = async (): Promise<PageAudit | null | undefined> => {
      await new Promise<void>((done) => ctx.setTimeout(done, 0));
      const m = message();
      return m && send(m);
    };
    answered = reading
      .then((read) => {
        if (!read) return null;
        if (read !== page) {
          page = read;
          readAt = new Date().toISOString();
          // The reading already knows whether the title or a heading names a report.
          attachments = isTop ? reportAttachments(document, read.snapshot.heading !== null || looksLikeReportTitle(read.snapshot.title)) : [];
        }
        // A service worker being (re)started may miss the first message: ask once more.
        return sendLatest().catch(() => new Promise<void>((done) => ctx.setTimeout(done, RETRY_MS)).then(sendLatest));
      })
      .then((answer) => {
        if (job !== jobs) return;
        if (!answer) log('the background did not audit the page');
        view = answer?.audit ?? null;
        texts = answer?.texts ?? {};
        model = view && overlayModel(view);
        draw();
      })
      .catch(log)
      .finally(() => {
        if (job === jobs) pending = false;
      });
  };

  const ready = createOverlayUi(ctx, () => session.setOverlay(false)).then((ui) => {
    overlay = ui;
    draw();
  });
  ready.catch(log);

  const session: Session = {
    run: () => audit(true),
    correct(correction) {
      corrections.set(refKey(correction.at), correction);
      // The page did not change: the same reading, audited with the correction.
      audit(false);
    },
    reaudit: () => audit(false),
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
      if (jobs === 0) audit(true);
    },
    // A message that arrives before the first audit's task starts the reading now.
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
