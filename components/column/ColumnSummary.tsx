import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AuditExport, Finding } from '../../lib/model';
import type { Batch } from '../../utils/column/batch';
import type { HistoryDb } from '../../utils/history/db';
import type { HistoryEntry } from '../../utils/history/entry';
import { listCorrections, listEntries } from '../../utils/history/store';
import { saveAudits, today } from '../workflow/exporting';
import { pick, t } from '../workflow/i18n';
import { pageUrl } from '../workflow/pages';
import { SortHeader } from '../workflow/SortHeader';
import { nextSort, sortRows, type Sort } from '../workflow/table';
import { VerdictTag } from '../workflow/Verdict';
import { CROSS_YEAR_RULES, seenExport, yearLinks, type YearLinks } from '../../utils/history/years';
import { columnRows, columnValue, failureText, type ColumnSortKey } from './rows';

const REFRESH_MS = 1000;

interface Props {
  db: HistoryDb;
  batch: Batch;
}

interface Seen {
  entries: Map<string, HistoryEntry>;
  links: YearLinks;
  exports: Map<string, AuditExport>;
}

/**
 * The column summary: one row per report the column lists (organ, year, verdict, counts, link, or
 * why it failed), sortable; the cross-year findings of the batch; one JSON and one CSV of it all.
 * Reports are seen against the whole history, so last year's report counts wherever it was audited.
 */
export function ColumnSummary({ db, batch }: Props) {
  const [seen, setSeen] = useState<Seen | null>(null);
  const [sort, setSort] = useState<Sort<ColumnSortKey>>({ key: 'name', dir: 'asc' });
  const [note, setNote] = useState('');
  const lastRun = useRef(0);
  const doneKeys = batch.items.flatMap((i) => (i.key ? [i.key] : [])).join('\n');

  useEffect(() => {
    // Reading the whole history and pairing it is the costly part: while a batch runs, at most once a second.
    let live = true;
    const timer = setTimeout(
      () =>
        void (async () => {
          lastRun.current = Date.now();
          const [all, corrections] = await Promise.all([listEntries(db), listCorrections(db)]);
          const entries = new Map(all.map((e) => [e.key, e]));
          const links = yearLinks(all, corrections);
          const exports = new Map(doneKeys.split('\n').flatMap((k) => (entries.has(k) ? [[k, seenExport(entries.get(k)!, entries, links)] as const] : [])));
          if (live) setSeen({ entries, links, exports });
        })(),
      Math.max(0, lastRun.current + REFRESH_MS - Date.now()),
    );
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [doneKeys]);

  const rows = useMemo(() => (seen ? columnRows(batch, seen.exports) : []), [batch, seen]);
  const shown = useMemo(() => sortRows(rows, sort, columnValue), [rows, sort]);
  const crossYear = useMemo(
    () =>
      seen
        ? [...seen.exports.entries()].flatMap(([key, e]) => e.findings.filter((f) => CROSS_YEAR_RULES.has(f.rule) && !f.dismissed).map((f) => ({ key, audit: e, finding: f })))
        : [],
    [seen],
  );
  if (!seen || rows.length === 0) return null;

  const audits = batch.items.flatMap((i) => (i.key && seen.exports.has(i.key) ? [seen.exports.get(i.key)!] : []));
  const host = new URL(batch.listUrl).hostname;
  const save = (ext: 'json' | 'csv') => setNote(t('wf_saved', saveAudits(document, audits, ext, `${t('wf_column_file')}-${host}-${today()}`)));
  const header = (key: ColumnSortKey, label: string) => (
    <SortHeader label={label} column={key} sort={sort} numeric={key === 'year' || key === 'errors' || key === 'warnings'} onSort={(k) => setSort(nextSort(sort, k))} />
  );

  return (
    <>
      <section class="wf-toolbar">
        <h2 class="wf-toolbar__title">{t('wf_column_summary', audits.length)}</h2>
        <span class="wf-toolbar__gap" />
        <button type="button" data-testid="column-json" disabled={!audits.length} onClick={() => save('json')}>
          {t('wf_export_json')}
        </button>
        <button type="button" data-testid="column-csv" disabled={!audits.length} onClick={() => save('csv')}>
          {t('wf_export_csv')}
        </button>
        <a href={pageUrl('history')}>{t('wf_open_history')}</a>
      </section>
      {note ? <p class="wf-note" role="status">{note}</p> : null}
      <table class="wf-table" data-testid="column">
        <thead>
          <tr>
            {header('name', t('wf_col_report'))}
            {header('organ', t('wf_col_organ'))}
            {header('year', t('wf_col_year'))}
            {header('status', t('wf_col_verdict'))}
            {header('errors', t('wf_col_errors'))}
            {header('warnings', t('wf_col_warnings'))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr key={r.url} data-state={r.state}>
              <td class="wf-organ">
                <a href={r.url} target="_blank" rel="noreferrer" title={r.url}>
                  {r.name}
                </a>
              </td>
              <td>{r.organ ?? ''}</td>
              <td class="wf-num">{r.year ?? ''}</td>
              {r.state === 'failed' ? (
                <td colSpan={3} class="wf-failure" data-testid="failure">
                  {failureText(r.failure!)}
                </td>
              ) : r.state === 'pending' ? (
                <td colSpan={3} class="wf-faint">
                  {t('wf_column_pending')}
                </td>
              ) : (
                <>
                  <td>{r.shown ? <VerdictTag shown={r.shown} /> : null}</td>
                  <td class="wf-num">{r.errors}</td>
                  <td class="wf-num">{r.warnings}</td>
                </>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      <section class="wf-xyear" data-testid="cross-year">
        <h2>{t('wf_column_cross_year', crossYear.length)}</h2>
        {crossYear.length === 0 ? (
          <p class="wf-faint">{t('wf_column_cross_year_none')}</p>
        ) : (
          <ul>
            {crossYear.map(({ key, audit, finding }) => (
              <CrossYearItem key={`${key}:${finding.id}`} itemKey={key} audit={audit} finding={finding} links={seen.links} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function CrossYearItem({ itemKey, audit, finding, links }: { itemKey: string; audit: AuditExport; finding: Finding; links: YearLinks }) {
  const previous = links.get(itemKey)?.previous;
  return (
    <li class={`wf-finding wf-finding--${finding.severity}`} data-rule={finding.rule}>
      <span class="wf-finding__rule">{finding.rule}</span>{' '}
      <b>
        {audit.report.organ ?? ''} {audit.report.year ?? ''}
      </b>
      ：{pick(finding.message)}{' '}
      {previous ? <a href={pageUrl('compare', { key: itemKey, previous })}>{t('wf_compare_open')}</a> : null}
    </li>
  );
}
