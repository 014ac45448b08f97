import { useEffect, useMemo, useState } from 'preact/hooks';
import { applyDismissals } from '../../lib/audit/dismiss';
import type { AuditExport, CellRef } from '../../lib/model';
import type { Attachment } from '../../lib/detect';
import type { AuditReply } from '../../utils/protocol';
import type { PopupApi } from './api';
import { t } from './i18n';

export type Phase =
  | { kind: 'loading' }
  /** No frame holds a report. `failure` says why auditing the page anyway did not work. */
  | { kind: 'none'; failure: string }
  | { kind: 'ready'; audit: AuditExport; overlay: boolean; attachments: Attachment[] };

export interface Timing {
  pollMs: number;
  /** How long a frame may take to finish an audit it has started (big pages). */
  auditMs: number;
  /** How long to wait for any frame to answer at all before saying there is no report. */
  silenceMs: number;
}
const TIMING: Timing = { pollMs: 250, auditMs: 15_000, silenceMs: 1_000 };

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/**
 * Asks the tab until a frame answers with an audit `accept` takes. A frame that answers with
 * `audit: null` is still working: wait for it. Nobody answering for `silenceMs` means no report.
 */
async function waitForAudit(api: PopupApi, accept: (a: AuditExport) => boolean, timing: Timing) {
  const start = Date.now();
  for (;;) {
    const reply = await api.getAudit();
    if (reply?.audit && accept(reply.audit)) return reply;
    const waited = Date.now() - start;
    if (waited >= timing.auditMs || (reply === null && waited >= timing.silenceMs)) return null;
    await sleep(timing.pollMs);
  }
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The popup's state: the tab's audit with the reviewer's dismissals, and the actions on it. */
export function useAudit(api: PopupApi, timing: Timing = TIMING) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading' });
  const [dismissed, setDismissedIds] = useState<string[]>([]);
  const [auditing, setAuditing] = useState(false);
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState('');

  const adopt = async ({ audit, overlayVisible, attachments }: AuditReply & { audit: AuditExport }) => {
    // Storage is the source of truth for dismissals; the frame's copy may predate a change.
    setDismissedIds(await api.getDismissed(audit.source.url));
    setPhase({ kind: 'ready', audit, overlay: overlayVisible, attachments });
  };

  useEffect(() => {
    let live = true;
    void waitForAudit(api, () => true, timing).then(async (reply) => {
      if (!live) return;
      if (reply?.audit) await adopt({ ...reply, audit: reply.audit });
      else setPhase({ kind: 'none', failure: '' });
    });
    return () => {
      live = false;
    };
  }, [api]);

  /** "核查此页": where no frame answered, put the audit script into the page first. */
  const auditNow = async () => {
    const previous = phase.kind === 'ready' ? phase.audit : null;
    setAuditing(true);
    setProblem('');
    try {
      await api.auditNow(previous === null);
      const reply = await waitForAudit(api, (a) => a.source.auditedAt !== previous?.source.auditedAt, {
        ...timing,
        silenceMs: Math.max(timing.silenceMs, 3_000),
      });
      if (reply?.audit) await adopt({ ...reply, audit: reply.audit });
      else if (previous) setProblem(t('popup_audit_no_result'));
      else setPhase({ kind: 'none', failure: t('popup_audit_no_result') });
    } catch (error) {
      const failure = t('popup_audit_failed', message(error));
      if (previous) setProblem(failure);
      else setPhase({ kind: 'none', failure });
    } finally {
      setAuditing(false);
    }
  };

  const dismiss = async (findingId: string, value: boolean) => {
    if (phase.kind !== 'ready') return;
    setPending((p) => new Set(p).add(findingId));
    setProblem('');
    try {
      setDismissedIds(await api.setDismissed(phase.audit.source.url, findingId, value));
    } catch (error) {
      setProblem(t('popup_dismiss_failed', message(error)));
    } finally {
      setPending((p) => {
        const next = new Set(p);
        next.delete(findingId);
        return next;
      });
    }
  };

  /** A value corrected by hand in the tables view: the page audits again with it and answers. */
  const correct = async (at: CellRef, raw: string) => {
    if (phase.kind !== 'ready') return;
    setProblem('');
    try {
      const reply = await api.correct({ at, raw });
      if (reply?.audit) await adopt({ ...reply, audit: reply.audit });
      else setProblem(t('popup_audit_no_result'));
    } catch (error) {
      setProblem(t('popup_audit_failed', message(error)));
    }
  };

  const setOverlay = (visible: boolean) => {
    if (phase.kind !== 'ready') return;
    setPhase({ ...phase, overlay: visible });
    void api.setOverlay(visible);
  };

  /** What the popup shows and exports: the core's applyDismissals, as the overlay and CLI use it. */
  const shown = useMemo(
    () => (phase.kind === 'ready' ? applyDismissals(phase.audit, dismissed) : null),
    [phase, dismissed],
  );

  return { phase, shown, auditing, pending, problem, auditNow, dismiss, correct, setOverlay, reveal: api.reveal };
}
