import { auditedDocument } from '../../lib/audit';
import { readListPage } from '../../lib/column/list';
import type { AuditRecord } from '../../lib/model';
import { CONCURRENCY, REQUEST_PAUSE_MS, runBatch, type Batch, type BatchEffects } from '../../utils/column/batch';
import { fetchInTab } from '../../utils/column/fetch-in-tab';
import { siteTab } from '../../utils/column/site-tab';
import type { HistoryDb } from '../../utils/history/db';
import { saveBatch, saveRecord } from '../../utils/history/store';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

/** Audits a fetched page in this extension page's own DOM parser: scripts never run, nothing loads. */
export function auditHtml(html: string, url: string): AuditRecord {
  const doc = parse(html);
  return auditedDocument(doc, { url, title: doc.title });
}

export interface Live {
  /** Pages being fetched right now. */
  current: string[];
}

/**
 * Runs (or resumes) a batch from this page: requests go out from a tab on the column's site, the
 * audits run here (the site's tab stays as responsive as when the reviewer left it), every result
 * goes into history, and the batch's progress after each step.
 */
export async function runHere(
  db: HistoryDb,
  batch: Batch,
  preferredTab: number | null,
  signal: AbortSignal,
  onProgress: (batch: Batch, live: Live) => void,
): Promise<Batch> {
  const tabId = await siteTab(preferredTab, batch.listUrl);
  const current = new Set<string>();
  let latest = batch;
  const tell = () => onProgress(latest, { current: [...current] });
  const effects: BatchEffects = {
    async fetchPage(url) {
      current.add(url);
      tell();
      try {
        return await fetchInTab(tabId, url);
      } finally {
        current.delete(url);
      }
    },
    readList: (html, url) => readListPage(parse(html), url),
    async audit(html, url) {
      const record = auditHtml(html, url);
      if (record.export.verdict.status === 'not-a-report') return { ok: false, failure: { kind: 'not-a-report' } };
      const entry = await saveRecord(db, record, 'batch', batch.id);
      return { ok: true, key: entry!.key };
    },
    save: (b) => saveBatch(db, b),
    sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
    now: () => new Date(),
  };
  return runBatch(batch, effects, {
    concurrency: CONCURRENCY,
    pauseMs: REQUEST_PAUSE_MS,
    signal,
    onProgress: (b) => {
      latest = b;
      tell();
    },
  });
}
