import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Batch } from '../../utils/column/batch';
import type { HistoryDb } from '../../utils/history/db';
import type { HistoryEntry, StoredCorrection } from '../../utils/history/entry';
import {
  deleteEntries,
  exportHistory,
  HistoryFullError,
  importHistory,
  listBatches,
  listCorrections,
  listEntries,
  setCorrection,
} from '../../utils/history/store';
import { VERDICT_WORDS } from '../../lib/model';
import { historyFull } from '../../utils/history/keep';
import { saveFile } from '../popup/exporting';
import { saveAudits, today } from '../workflow/exporting';
import { pick, t } from '../workflow/i18n';
import { pageUrl } from '../workflow/pages';
import { SortHeader } from '../workflow/SortHeader';
import { nextSort, sortRows, type Sort } from '../workflow/table';
import { VerdictTag } from '../workflow/Verdict';
import { seenExport, yearLinks, type YearLinks } from '../../utils/history/years';
import { PairingCell } from './PairingCell';
import { filterChoices, filterRows, historyRow, historyValue, NO_FILTER, type HistoryFilter, type HistorySortKey } from './rows';

const STATUSES = ['errors', 'warnings', 'pass', 'unreadable'] as const;
const NUMERIC = new Set<HistorySortKey>(['year', 'errors', 'warnings']);

/** The history page: every audit kept, sortable and filterable, exportable, with each report's predecessor. */
export function HistoryApp({ db }: { db: HistoryDb }) {
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const [corrections, setCorrections] = useState<StoredCorrection[]>([]);
  const [batches, setBatches] = useState<Batch[]>([]);
  const [sort, setSort] = useState<Sort<HistorySortKey>>({ key: 'auditedAt', dir: 'desc' });
  const [filter, setFilter] = useState<HistoryFilter>(NO_FILTER);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [note, setNote] = useState<{ text: string; problem: boolean } | null>(null);

  const reload = async () => {
    const [e, c, b] = await Promise.all([listEntries(db), listCorrections(db), listBatches(db)]);
    setEntries(e);
    setCorrections(c);
    setBatches(b);
    setSelected((s) => new Set([...s].filter((k) => e.some((x) => x.key === k))));
  };
  const [full, setFull] = useState(false);
  useEffect(() => {
    void reload();
    void historyFull.getValue().then(setFull);
  }, []);

  const byKey = useMemo(() => new Map((entries ?? []).map((e) => [e.key, e])), [entries]);
  const links: YearLinks = useMemo(() => yearLinks(entries ?? [], corrections), [entries, corrections]);
  // Each row as the reviewer sees the report: cross-year findings counted once last year's is known.
  const seen = useMemo(() => new Map((entries ?? []).map((e) => [e.key, seenExport(e, byKey, links)])), [entries, byKey, links]);
  const rows = useMemo(() => (entries ?? []).map((e) => historyRow(e, seen.get(e.key)!)), [entries, seen]);
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const shown = useMemo(() => sortRows(filterRows(rows, filter), sort, historyValue), [rows, filter, sort]);

  if (!entries) return <p class="wf-message">{t('wf_loading')}</p>;

  const say = (text: string, problem = false) => setNote({ text, problem });
  const chosen = () => shown.filter((r) => selected.has(r.key)).map((r) => seen.get(r.key)!);
  const exportSelected = (ext: 'json' | 'csv') => say(t('wf_saved', saveAudits(document, chosen(), ext, `${t('wf_history_file')}-${today()}`)));
  const remove = async () => {
    if (!confirm(t('wf_history_confirm_delete', selected.size))) return;
    await deleteEntries(db, [...selected]);
    setSelected(new Set());
    await reload();
    say(t('wf_history_deleted'));
  };
  const exportAll = async () => {
    const file = await exportHistory(db);
    const name = `${t('wf_history_file')}-${today()}.json`;
    saveFile(document, name, JSON.stringify(file), 'application/json');
    say(t('wf_saved', name));
  };
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const result = await importHistory(db, await file.text());
      if (!result.ok) return say(`${result.zh} ${result.en}`, true);
      await reload();
      say(t('wf_history_imported', result.entries));
    } catch (error) {
      say(error instanceof HistoryFullError ? `${error.zh} ${error.en}` : String(error), true);
    }
  };
  const correct = async (url: string, other: string, same: boolean | null) => {
    await setCorrection(db, url, other, same);
    setCorrections(await listCorrections(db));
  };
  const allShownSelected = shown.length > 0 && shown.every((r) => selected.has(r.key));
  const toggle = (key: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const header = (key: HistorySortKey, label: string) => (
    <SortHeader
      label={label}
      column={key}
      sort={sort}
      numeric={NUMERIC.has(key)}
      onSort={(k) => setSort(nextSort(sort, k, k === 'auditedAt' || k === 'year' ? 'desc' : 'asc'))}
    />
  );
  const unfinished = batches.filter((b) => b.phase !== 'done');

  return (
    <div class="wf-page">
      <header class="wf-head">
        <h1>{t('wf_history_title')}</h1>
        <p class="wf-sub">{t('wf_history_count', entries.length)}</p>
      </header>
      {full ? (
        <p class="wf-problem" role="alert" data-testid="storage-full">
          {t('wf_history_full')}
        </p>
      ) : null}
      {unfinished.length ? (
        <section class="wf-batches">
          <h2>{t('wf_history_unfinished')}</h2>
          <ul>
            {unfinished.map((b) => (
              <li key={b.id}>
                <a href={pageUrl('column', { batch: b.id })}>{b.listUrl}</a>{' '}
                {t('wf_history_unfinished_left', b.items.filter((i) => i.state === 'pending').length)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="wf-toolbar" aria-label={t('wf_history_filters')}>
        <select aria-label={t('wf_col_organ')} value={filter.organ} onChange={(e) => setFilter({ ...filter, organ: e.currentTarget.value })}>
          <option value="">{t('wf_filter_all_organs')}</option>
          {choices.organs.map((o) => (
            <option value={o}>{o}</option>
          ))}
        </select>
        <select aria-label={t('wf_col_year')} value={filter.year} onChange={(e) => setFilter({ ...filter, year: e.currentTarget.value })}>
          <option value="">{t('wf_filter_all_years')}</option>
          {choices.years.map((y) => (
            <option value={String(y)}>{y}</option>
          ))}
        </select>
        <select aria-label={t('wf_col_verdict')} value={filter.status} onChange={(e) => setFilter({ ...filter, status: e.currentTarget.value })}>
          <option value="">{t('wf_filter_all_verdicts')}</option>
          {STATUSES.map((s) => (
            <option value={s}>{pick(VERDICT_WORDS[s])}</option>
          ))}
        </select>
        <input
          type="search"
          placeholder={t('wf_filter_search')}
          aria-label={t('wf_filter_search')}
          value={filter.text}
          onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
        />
        <span class="wf-toolbar__gap" />
        <button type="button" disabled={!selected.size} onClick={() => exportSelected('json')} data-testid="export-json">
          {t('wf_export_selected_json', selected.size)}
        </button>
        <button type="button" disabled={!selected.size} onClick={() => exportSelected('csv')} data-testid="export-csv">
          {t('wf_export_selected_csv')}
        </button>
        <button type="button" disabled={!selected.size} onClick={() => void remove()} data-testid="delete">
          {t('wf_history_delete')}
        </button>
        <button type="button" onClick={() => void exportAll()} data-testid="export-history">
          {t('wf_history_export_all')}
        </button>
        <label class="wf-file">
          {t('wf_history_import')}
          <input type="file" accept=".json,application/json" data-testid="import" onChange={(e) => void importFile(e.currentTarget.files?.[0])} />
        </label>
      </section>
      {note ? (
        <p class={note.problem ? 'wf-problem' : 'wf-note'} role={note.problem ? 'alert' : 'status'}>
          {note.text}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p class="wf-message">{t('wf_history_empty')}</p>
      ) : (
        <table class="wf-table" data-testid="history">
          <thead>
            <tr>
              <th scope="col" class="wf-check">
                <input
                  type="checkbox"
                  aria-label={t('wf_select_all')}
                  checked={allShownSelected}
                  onChange={(e) => setSelected(e.currentTarget.checked ? new Set(shown.map((r) => r.key)) : new Set())}
                />
              </th>
              {header('organ', t('wf_col_organ'))}
              {header('year', t('wf_col_year'))}
              {header('format', t('wf_col_format'))}
              {header('status', t('wf_col_verdict'))}
              {header('errors', t('wf_col_errors'))}
              {header('warnings', t('wf_col_warnings'))}
              {header('auditedAt', t('wf_col_audited_at'))}
              <th scope="col">{t('wf_col_previous')}</th>
              <th scope="col">{t('wf_col_link')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} data-key={r.key}>
                <td class="wf-check">
                  <input type="checkbox" aria-label={r.title} checked={selected.has(r.key)} onChange={(e) => toggle(r.key, e.currentTarget.checked)} />
                </td>
                <td class="wf-organ" title={r.title}>
                  {r.organ ?? <span class="wf-faint">{t('wf_unknown')}</span>}
                </td>
                <td class="wf-num">{r.year ?? '—'}</td>
                <td>{r.format === 'unknown' ? '—' : t('wf_format', r.format)}</td>
                <td>
                  <VerdictTag shown={r.shown} />
                </td>
                <td class="wf-num">{r.errors}</td>
                <td class="wf-num">{r.warnings}</td>
                <td class="wf-time">{new Date(r.auditedAt).toLocaleString()}</td>
                <td>
                  <PairingCell row={r} entries={entries} links={links} corrections={corrections} onCorrect={(other, same) => void correct(r.url, other, same)} />
                </td>
                <td>
                  <a href={r.url} target="_blank" rel="noreferrer">
                    {t('wf_open')}
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
