import { browser, type ContentScriptContext } from '#imports';
import { applyDismissals, auditedPage, withPrevious } from '../../lib/audit';
import { reportAttachments, type Attachment } from '../../lib/detect';
import { gridFromTable } from '../../lib/grid/html';
import type { Grid } from '../../lib/grid';
import { kindOf, type AuditExport, type AuditRecord, type CellRef, type Finding, type HandCorrection } from '../../lib/model';
import { cellIndex, describeFinding, type FindingText } from '../../components/overlay/describe';
import { t, uiLang } from '../../components/overlay/i18n';
import { createOverlayUi, type OverlayUi, type OverlayView } from '../../components/overlay/mount';
import { drawable, overlayModel, refKey, type OverlayModel } from '../../components/overlay/model';
import { KIND_COLORS } from '../../components/overlay/styles';
import { getDismissed } from '../../utils/dismissals';
import type { AuditRecordReply, AuditReply, AuditState, ToBackground } from '../../utils/protocol';

const FLASH_MS = 2000;
/** How long the first answer to the popup waits for the history (last year's report) before going without. */
const HISTORY_WAIT_MS = 1500;
/** Only the top frame lists a notice page's attachments (and answers for a page without a report). */
export const isTop = (() => {
  try {
    return window.top === window;
  } catch {
    return false;
  }
})();
export const log = (...args: unknown[]) => console.warn('[年报核查] audit:', ...args);

/**
 * This frame's audit and everything derived from it: the reviewer's dismissals, the overlay and
 * the state the badge shows. The audit itself is synchronous (so a message handler knows at once
 * whether this frame holds a report); storage and the shadow root arrive asynchronously, and
 * nothing is drawn or published before both are there.
 */
export interface Session {
  /** Audits the document again (content changed, or the popup asked). */
  run(): void;
  /** Audits the document unless it was audited already (the first audit, in a task of its own). */
  runOnce(): void;
  /** Keeps a value the reviewer corrected by hand and audits again with it. */
  correct(correction: HandCorrection): void;
  /** Re-reads the reviewer's dismissals and redraws. */
  reloadDismissals(): Promise<void>;
  setOverlay(visible: boolean): void;
  /** Scrolls a finding's first cell into view and flashes it; false when this frame does not show it. */
  reveal(findingId: string): boolean;
  /** Whether this frame's audit found a report it could read. */
  holdsReport(): boolean;
  /** Resolves once dismissals and the overlay are ready. */
  ready: Promise<void>;
  reply(): AuditReply;
}

export function createSession(ctx: ContentScriptContext): Session {
  let record: AuditRecord | null = null;
  /** The same body's report of the year before, when the history knows it (the background says). */
  let previous: AuditRecord | null = null;
  let raw: AuditExport | null = null;
  let kept = '';
  let dismissed: string[] = [];
  let view: AuditExport | null = null;
  let model: OverlayModel | null = null;
  let wantOverlay = true;
  let flash: OverlayView['flash'] = null;
  let nonce = 0;
  let published = '';
  let overlay: OverlayUi | null = null;
  let audited = false;
  let attachments: Attachment[] = [];
  // The reviewer's corrections, by cell: they hold across re-audits of this page.
  const corrections = new Map<string, HandCorrection>();

  // Per-audit caches: each marked table's grid (lib/grid's cellElement rebuilds it per lookup, and a
  // CELL-BLANK finding can name a hundred cells), a cell's element, and each finding's tooltip text.
  let grids = new Map<number, Grid | null>();
  let elements = new Map<string, Element | null>();
  let texts = new Map<string, FindingText>();
  let describeIndex: ReturnType<typeof cellIndex> | null = null;
  const lang = uiLang();

  const locate = (ref: CellRef): Element | null => {
    const key = refKey(ref);
    const cached = elements.get(key);
    if (cached?.isConnected) return cached;
    let grid = grids.get(ref.table);
    if (grid === undefined) {
      const table = document.getElementsByTagName('table')[ref.table];
      grid = table ? gridFromTable(table, ref.table) : null;
      grids.set(ref.table, grid);
    }
    const found = grid?.rows[ref.row]?.[ref.col]?.element ?? null;
    elements.set(key, found);
    return found;
  };
  const describe = (f: Finding): FindingText => {
    let text = texts.get(f.id);
    if (!text && view) {
      describeIndex ??= cellIndex(view);
      text = describeFinding(f, describeIndex, lang, t);
      texts.set(f.id, text);
    }
    return text ?? describeFinding(f, new Map(), lang, t);
  };

  const draw = () => {
    if (!overlay) return;
    if (!view || !model || !wantOverlay || !drawable(view.verdict.status)) return overlay.hide();
    overlay.show({ model, locate, describe, t, lang, flash });
  };

  const publish = () => {
    if (!view) return;
    const c = view.verdict.counts;
    const state: AuditState = { type: 'audit-state', status: view.verdict.status, errors: c.error, warnings: c.warning + c.review };
    const key = JSON.stringify(state);
    if (key === published) return;
    published = key;
    browser.runtime.sendMessage(state satisfies ToBackground).catch(log);
  };

  // The history keeps every report audited, with its dismissals; each version once. It answers
  // with last year's report when it knows it: the cross-year rules then count here too.
  const keep = () => {
    if (!record || record.export.verdict.status === 'not-a-report') return historyAnswered();
    const withDismissals: AuditRecord = { ...record, dismissed };
    const key = `${record.export.source.auditedAt}|${dismissed.join(',')}`;
    if (key === kept) return;
    kept = key;
    const sent = record;
    void browser.runtime
      .sendMessage({ type: 'audit-record', record: withDismissals } satisfies ToBackground)
      .then((reply: unknown) => {
        // Our own background's answer (nothing else can answer a runtime message of ours): no zod here.
        const answer = reply as AuditRecordReply | undefined;
        if (!answer?.previous || record !== sent) return;
        previous = answer.previous;
        raw = withPrevious({ ...sent, dismissed: [] }, previous);
        refresh();
      })
      .catch(log)
      .finally(historyAnswered);
  };

  let isReady = false;
  const refresh = () => {
    view = raw && applyDismissals(raw, dismissed);
    model = view && overlayModel(view);
    texts = new Map();
    describeIndex = null;
    if (!isReady) return;
    draw();
    publish();
    keep();
  };

  // The first answer waits (briefly) for the history's word on last year's report, so the popup
  // and the badge show the cross-year findings from the start.
  let historyAnswered: () => void = () => {};
  const answered = new Promise<void>((done) => {
    historyAnswered = done;
    ctx.setTimeout(done, HISTORY_WAIT_MS);
  });
  const ready = Promise.all([
    getDismissed(location.href).then((ids) => (dismissed = ids)),
    createOverlayUi(ctx, () => session.setOverlay(false)).then((ui) => (overlay = ui)),
  ])
    .then(() => {
      isReady = true;
      refresh();
    })
    .then(() => answered);
  ready.catch(log);

  const session: Session = {
    ready,
    run() {
      audited = true;
      const fresh = auditedPage(document, { url: location.href, title: document.title, corrections: [...corrections.values()] });
      record = fresh;
      raw = previous ? withPrevious(fresh, previous) : fresh.export;
      attachments = isTop ? reportAttachments(document) : [];
      grids = new Map();
      elements = new Map();
      refresh();
    },
    correct(correction) {
      corrections.set(refKey(correction.at), correction);
      session.run();
    },
    async reloadDismissals() {
      dismissed = await getDismissed(location.href);
      refresh();
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
      if (!audited) session.run();
    },
    // A message that arrives before the first audit's task runs it now: the answer is never a guess.
    holdsReport: () => (session.runOnce(), !!view && drawable(view.verdict.status)),
    reply: () => (session.runOnce(), { audit: view, overlayVisible: !!overlay?.visible, attachments }),
  };
  return session;
}
