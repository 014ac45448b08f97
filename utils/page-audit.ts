import { auditedSnapshot, withPrevious } from '../lib/audit';
import type { AuditExport } from '../lib/model';
import { cellIndex, describeFinding, type FindingText } from '../components/overlay/describe';
import { t, uiLang } from '../components/overlay/i18n';
import { getDismissed } from './dismissals';
import { keepInHistory } from './history/keep';
import type { AuditState, PageAudit, ToBackground } from './protocol';

/**
 * The background's side of a page's audit: the snapshot the audit script read, parsed and checked
 * here, where it costs the page nothing. Everything it needs arrives with the message or is in
 * storage (dismissals, history): a Chrome service worker may have slept since the last message.
 */
export async function auditPageSnapshot(msg: Extract<ToBackground, { type: 'audit-page' }>): Promise<PageAudit> {
  const record = auditedSnapshot(msg.snapshot, { url: msg.url, title: msg.snapshot.title, at: new Date(msg.at), corrections: msg.corrections });
  const kept = { ...record, dismissed: await getDismissed(msg.url) };
  // The history keeps every report audited, with its dismissals, and knows last year's report of
  // the same body: the cross-year rules then count here too. Its failure costs the comparison, not the audit.
  const previous =
    record.export.verdict.status === 'not-a-report'
      ? null
      : await keepInHistory(kept).catch((error: unknown) => {
          console.warn('[年报核查] history:', error);
          return null;
        });
  const audit = withPrevious(kept, previous);
  return { audit, texts: describeAll(audit) };
}

/** Every finding the overlay may draw, in the words of its tooltip (the UI's language). */
function describeAll(audit: AuditExport): Record<string, FindingText> {
  const index = cellIndex(audit);
  const lang = uiLang();
  const texts: Record<string, FindingText> = {};
  for (const f of audit.findings) if (!f.dismissed) texts[f.id] = describeFinding(f, index, lang, t);
  return texts;
}

/** What the badge shows for an audit. */
export function stateOf(audit: AuditExport): AuditState {
  const c = audit.verdict.counts;
  return { type: 'audit-state', status: audit.verdict.status, errors: c.error, warnings: c.warning + c.review };
}
