import { z } from 'zod';
import { sameOrigin } from '../../lib/column/links';
import { linkName, type ListPage } from '../../lib/column/list';

/**
 * A column batch: every report a column lists, fetched from the site one or two at a time and
 * audited, its progress saved after each step so that an interrupted batch (tab closed, browser
 * restarted) resumes with what is left. Kept in the history database (utils/history).
 */

/** Why a linked page gave no audit. */
export const Failure = z.object({
  kind: z.enum(['http', 'timeout', 'network', 'not-html', 'too-large', 'offsite', 'not-a-report']),
  /** HTTP status for `http`. */
  status: z.number().int().optional(),
  /** The browser's words, for `network`; the content type, for `not-html`. */
  detail: z.string().optional(),
});
export type Failure = z.infer<typeof Failure>;

export const BatchItem = z.object({
  url: z.string(),
  /** The name the list gives it. */
  name: z.string(),
  state: z.enum(['pending', 'done', 'failed']),
  failure: Failure.optional(),
  /** The history key of its audit, once done. */
  key: z.string().optional(),
});
export type BatchItem = z.infer<typeof BatchItem>;

export const Batch = z.object({
  id: z.string(),
  /** The list page the reviewer started from. */
  listUrl: z.string(),
  /** At most this many list pages are read (the user sees and may change it before starting). */
  pageLimit: z.number().int().positive(),
  /** List pages read so far, in order. */
  listPages: z.array(z.string()),
  /** Whether every list page (up to the limit) has been read. */
  listed: z.boolean(),
  phase: z.enum(['listing', 'auditing', 'done', 'cancelled']),
  items: z.array(BatchItem),
  startedAt: z.string(),
  updatedAt: z.string(),
});
export type Batch = z.infer<typeof Batch>;

export type Fetched =
  | { ok: true; url: string; html: string }
  | { ok: false; failure: Failure };

/** What the batch does to the world; a browser page supplies the real ones, tests fakes. */
export interface BatchEffects {
  /** Fetches a page of the site in the site's own tab (its session and cookies), decoded. */
  fetchPage(url: string): Promise<Fetched>;
  /** Reads a fetched list page. */
  readList(html: string, url: string): ListPage;
  /** Audits a fetched report and keeps it in history: its key, or why it is not a report. */
  audit(html: string, url: string, name: string): Promise<{ ok: true; key: string } | { ok: false; failure: Failure }>;
  /** Saves the batch's progress (after every step). */
  save(batch: Batch): Promise<void>;
  sleep(ms: number): Promise<void>;
  now(): Date;
}

export interface RunOptions {
  /** Requests at once (the issue: at most 2). */
  concurrency: number;
  /** Pause after each request, per lane, so a small site is never hammered. */
  pauseMs: number;
  signal: AbortSignal;
  onProgress?(batch: Batch): void;
}

export const DEFAULT_PAGE_LIMIT = 10;
export const REQUEST_PAUSE_MS = 500;
export const CONCURRENCY = 2;

export function newBatch(id: string, listUrl: string, pageLimit: number, now: Date): Batch {
  const at = now.toISOString();
  return { id, listUrl, pageLimit, listPages: [], listed: false, phase: 'listing', items: [], startedAt: at, updatedAt: at };
}

export const counts = (batch: Batch) => ({
  total: batch.items.length,
  done: batch.items.filter((i) => i.state === 'done').length,
  failed: batch.items.filter((i) => i.state === 'failed').length,
});

/** Whether a batch has work left that a resume would do. */
export const unfinished = (batch: Batch): boolean => batch.phase !== 'done';


/**
 * Runs a batch from wherever it stands: reads the column's list pages (breadth-first, up to its
 * page limit), then audits every pending report, `concurrency` requests at a time. Cancelling
 * stops before the next request; the batch is left resumable. Never throws for a page's fault.
 */
export async function runBatch(start: Batch, effects: BatchEffects, options: RunOptions): Promise<Batch> {
  let batch: Batch = { ...start, phase: start.listed ? 'auditing' : 'listing' };
  const update = async (change: (b: Batch) => Batch) => {
    batch = { ...change(batch), updatedAt: effects.now().toISOString() };
    options.onProgress?.(batch);
    await effects.save(batch);
  };
  const stopped = () => options.signal.aborted;

  if (batch.phase === 'listing') {
    const queue = [batch.listUrl];
    const seen = new Set(queue);
    const pages: string[] = [];
    while (queue.length && pages.length < batch.pageLimit && !stopped()) {
      const url = queue.shift()!;
      const got = await effects.fetchPage(url);
      pages.push(url);
      if (got.ok) {
        const list = effects.readList(got.html, got.url);
        for (const next of list.pages) if (!seen.has(next)) (seen.add(next), queue.push(next));
        await update((b) => ({
          ...b,
          listPages: [...pages],
          items: [
            ...b.items,
            ...list.reports
              .filter((r) => !b.items.some((i) => i.url === r.url))
              .map((r): BatchItem => ({ url: r.url, name: linkName(r), state: 'pending' })),
          ],
        }));
      }
      if (queue.length && pages.length < batch.pageLimit) await effects.sleep(options.pauseMs);
    }
    if (stopped()) {
      await update((b) => ({ ...b, phase: 'cancelled' }));
      return batch;
    }
    await update((b) => ({ ...b, listed: true, phase: 'auditing' }));
  }

  const taken = new Set<string>();
  // A fault of ours (storage full) stops the batch, resumable, and is the caller's to show.
  let fatal: { error: unknown } | null = null;
  const next = () => batch.items.find((i) => i.state === 'pending' && !taken.has(i.url));
  const lane = async () => {
    for (let item = next(); item && !stopped() && !fatal; item = next()) {
      taken.add(item.url);
      try {
        const result = await auditOne(item, batch.listUrl, effects);
        await update((b) => ({ ...b, items: b.items.map((i) => (i.url === item!.url ? { ...i, ...result } : i)) }));
      } catch (error) {
        fatal = { error };
        return;
      }
      if (next()) await effects.sleep(options.pauseMs);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, lane));
  const left = batch.items.some((i) => i.state === 'pending');
  await update((b) => ({ ...b, phase: left && (stopped() || fatal) ? 'cancelled' : 'done' }));
  if (fatal) throw (fatal as { error: unknown }).error;
  return batch;
}

/** Fetches and audits one report; a page's fault is its failure, a fault of ours (storage) throws. */
async function auditOne(item: BatchItem, listUrl: string, effects: BatchEffects): Promise<Partial<BatchItem>> {
  let got: Fetched;
  try {
    got = await effects.fetchPage(item.url);
  } catch (error) {
    return { state: 'failed', failure: { kind: 'network', detail: error instanceof Error ? error.message : String(error) } };
  }
  if (!got.ok) return { state: 'failed', failure: got.failure };
  // A redirect may take the request elsewhere; what we audit must still be the site's own page.
  if (!sameOrigin(got.url, listUrl)) return { state: 'failed', failure: { kind: 'offsite', detail: got.url } };
  const audited = await effects.audit(got.html, got.url, item.name);
  return audited.ok ? { state: 'done', key: audited.key } : { state: 'failed', failure: audited.failure };
}
