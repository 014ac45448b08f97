import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { counts, type Batch } from '../../utils/column/batch';
import type { HistoryDb } from '../../utils/history/db';
import { getBatch, HistoryFullError } from '../../utils/history/store';
import { t } from '../workflow/i18n';
import { runHere, type Live } from './run';
import { ColumnSummary } from './ColumnSummary';

interface Props {
  db: HistoryDb;
  batchId: string;
  /** The tab the batch was started from, if known (its session fetches the reports). */
  tabId: number | null;
}

type Run = { kind: 'idle' } | { kind: 'running'; live: Live; controller: AbortController } | { kind: 'failed'; message: string };

/**
 * The column batch page: progress while it runs (count, bar, the pages being fetched, cancel),
 * then the column summary. A batch left unfinished resumes on opening this page again.
 */
export function ColumnApp({ db, batchId, tabId }: Props) {
  const [batch, setBatch] = useState<Batch | null | undefined>(undefined);
  const [run, setRun] = useState<Run>({ kind: 'idle' });
  const started = useRef(false);

  const start = async (from: Batch) => {
    const controller = new AbortController();
    setRun({ kind: 'running', live: { current: [] }, controller });
    try {
      const done = await runHere(db, from, tabId, controller.signal, (b, live) => {
        setBatch(b);
        setRun({ kind: 'running', live, controller });
      });
      setBatch(done);
      setRun({ kind: 'idle' });
    } catch (error) {
      const message = error instanceof HistoryFullError ? `${error.zh} ${error.en}` : t('wf_column_failed', String((error as Error)?.message ?? error));
      setRun({ kind: 'failed', message });
      const saved = await getBatch(db, batchId);
      if (saved) setBatch(saved);
    }
  };

  useEffect(() => {
    void (async () => {
      const b = await getBatch(db, batchId);
      setBatch(b);
      if (!b) return;
      // A new batch, or one a closed tab or a restart interrupted: go on. One the reviewer cancelled waits for them.
      if (!started.current && (b.phase === 'listing' || b.phase === 'auditing')) {
        started.current = true;
        await start(b);
      }
    })();
  }, [batchId]);

  const tally = useMemo(() => (batch ? counts(batch) : null), [batch]);

  if (batch === undefined) return <p class="wf-message">{t('wf_loading')}</p>;
  if (batch === null) return <p class="wf-message">{t('wf_column_missing')}</p>;

  const running = run.kind === 'running';
  const finished = tally!.done + tally!.failed;
  const listing = batch.phase === 'listing';
  return (
    <div class="wf-page">
      <header class="wf-head">
        <h1>{t('wf_column_title')}</h1>
        <p class="wf-sub">
          <a href={batch.listUrl} target="_blank" rel="noreferrer">
            {batch.listUrl}
          </a>
        </p>
      </header>
      <section class="wf-progress" aria-live="polite">
        <div class="wf-progress__line">
          <span class="wf-progress__count" data-testid="progress-count">
            {listing ? t('wf_column_listing', batch.listPages.length, batch.pageLimit) : t('wf_column_count', finished, tally!.total)}
          </span>
          {tally!.failed ? <span class="wf-progress__failed">{t('wf_column_failed_count', tally!.failed)}</span> : null}
          <span class="wf-progress__pages">{t('wf_column_pages', batch.listPages.length, batch.pageLimit)}</span>
          {running ? (
            <button type="button" data-testid="cancel" onClick={() => run.controller.abort()}>
              {t('wf_column_cancel')}
            </button>
          ) : batch.phase === 'cancelled' ? (
            <button type="button" class="primary" data-testid="resume" onClick={() => void start(batch)}>
              {t('wf_column_resume', tally!.total - finished)}
            </button>
          ) : null}
        </div>
        <progress max={Math.max(1, tally!.total)} value={finished} data-phase={batch.phase} />
        {running && run.live.current.length ? (
          <p class="wf-progress__current" data-testid="current">
            {t('wf_column_current')} {run.live.current.map((u) => decodeURI(u)).join(' · ')}
          </p>
        ) : null}
        {batch.phase === 'cancelled' && !running ? <p class="wf-note">{t('wf_column_cancelled')}</p> : null}
        {run.kind === 'failed' ? (
          <p class="wf-problem" role="alert">
            {run.message}
          </p>
        ) : null}
      </section>
      <ColumnSummary db={db} batch={batch} />
    </div>
  );
}
