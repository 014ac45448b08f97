import { auditedSnapshot, emptyReport, guarded, withPrevious } from '../lib/audit';
import type { AuditExport } from '../lib/model';
import { cellIndex, describeFinding, type FindingText } from '../components/overlay/describe';
import { t, uiLang } from '../components/overlay/i18n';
import { getDismissed } from './dismissals';
import { keepInHistory } from './history/keep';
import { PageRead, type PageAudit, type ToBackground } from './protocol';

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

/**
 * A page read the background cannot take (counts past any real page's, a shape our reader never
 * sends): the reviewer hears that the page could not be read, rather than nothing. Null when the
 * message is no page read at all.
 */
export function unreadablePage(raw: unknown): PageAudit | null {
  const read = PageRead.safeParse(raw);
  if (!read.success) return null;
  const record = guarded(
    () => ({ status: 'unreadable', reason: UNREADABLE, report: emptyReport(null), unopened: true }),
    { url: read.data.url, at: new Date(read.data.at) },
    'html',
  );
  return { audit: record.export, texts: {} };
}

const UNREADABLE = {
  zh: '页面过大或结构异常，未能读取其表格和正文',
  en: 'The page is too large or too unusual in structure for its tables and text to be read',
};

/** Every finding the overlay may draw, in the words of its tooltip (the UI's language). */
function describeAll(audit: AuditExport): Record<string, FindingText> {
  const index = cellIndex(audit);
  const lang = uiLang();
  const texts: Record<string, FindingText> = {};
  for (const f of audit.findings) if (!f.dismissed) texts[f.id] = describeFinding(f, index, lang, t);
  return texts;
}
