import { useEffect, useMemo, useState } from 'preact/hooks';
import { compareYears, type AlignedRow, type Part, type SectionComparison, type TablePair } from '../../lib/compare';
import type { Cell } from '../../lib/model';
import type { HistoryDb } from '../../utils/history/db';
import type { HistoryEntry } from '../../utils/history/entry';
import { getEntry } from '../../utils/history/store';
import { pick, t } from '../workflow/i18n';
import { pageUrl } from '../workflow/pages';

interface Props {
  db: HistoryDb;
  /** History keys of this year's report and of the one it is compared with. */
  currentKey: string;
  previousKey: string;
}

const percent = (share: number | null): string => (share === null ? '—' : `${Math.round(share * 100)}%`);

/** The comparison view: every table value of two years side by side with its change; the narrative sentence by sentence. */
export function CompareApp({ db, currentKey, previousKey }: Props) {
  const [pair, setPair] = useState<[HistoryEntry | null, HistoryEntry | null] | null>(null);
  useEffect(() => {
    void Promise.all([getEntry(db, currentKey), getEntry(db, previousKey)]).then(setPair);
  }, [currentKey, previousKey]);
  const model = useMemo(() => (pair?.[0] && pair[1] ? compareYears(pair[0].record, pair[1].record) : null), [pair]);

  if (!pair) return <p class="wf-message">{t('wf_loading')}</p>;
  if (!model) return <p class="wf-message">{t('wf_compare_missing')}</p>;
  const name = (r: { year: number | null; organ: string | null }) => `${r.year ?? '?'} ${r.organ ?? ''}`;
  return (
    <div class="wf-page wf-compare">
      <header class="wf-head">
        <h1>{t('wf_compare_title')}</h1>
        <p class="wf-sub">
          <a href={model.previous.url} target="_blank" rel="noreferrer">
            {name(model.previous)}
          </a>
          {' → '}
          <a href={model.current.url} target="_blank" rel="noreferrer">
            {name(model.current)}
          </a>
          {' · '}
          <a href={pageUrl('history')}>{t('wf_open_history')}</a>
        </p>
        <p class="wf-share" data-testid="share">
          {t('wf_compare_share', percent(model.share))}
        </p>
      </header>
      <h2>{t('wf_compare_tables')}</h2>
      {model.tables.map((table) => (
        <TableCompare table={table} />
      ))}
      <h2>{t('wf_compare_narrative')}</h2>
      <p class="wf-legend">
        <span class="wf-repeated">{t('wf_compare_legend_repeated')}</span> <span class="wf-fixed">{t('wf_compare_legend_fixed')}</span>{' '}
        <ins>{t('wf_compare_legend_added')}</ins> <del>{t('wf_compare_legend_removed')}</del>
      </p>
      {model.narrative.map((section) => (
        <SectionCompare section={section} />
      ))}
    </div>
  );
}

const shown = (cell: Cell | null): string => (cell === null ? '' : cell.value === null ? cell.raw || '—' : `${cell.value}${cell.unit ?? ''}`);

const changeText = (change: number | null): string => (change === null ? '' : change > 0 ? `+${change}` : String(change));

/**
 * One table of both years as the report lays it out (its rows down, its columns across); each cell
 * gives this year's value, last year's under it, and the change when both are numbers.
 */
function TableCompare({ table }: { table: TablePair }) {
  const cols = [...new Map(table.rows.flatMap((r) => r.values.map((v) => [v.col, v.name] as const))).entries()];
  return (
    <section class="wf-tablepair" data-table={table.table}>
      <h3>{pick(table.name)}</h3>
      <p class="wf-legend">
        <span>{t('wf_compare_cell_legend')}</span>
      </p>
      <div class="wf-scroll">
        <table class="wf-table wf-table--matrix">
          <thead>
            <tr>
              <th scope="col">{t('wf_compare_row')}</th>
              {cols.map(([col, name]) => (
                <th scope="col" class="wf-num" data-col={col}>
                  {pick(name)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row) => {
              const byCol = new Map(row.values.map((v) => [v.col, v]));
              return (
                <tr data-row={row.row}>
                  <th scope="row">{pick(row.name)}</th>
                  {cols.map(([col]) => {
                    const v = byCol.get(col);
                    if (!v) return <td />;
                    return (
                      <td class={`wf-num wf-pair-cell${v.change ? ' wf-changed' : ''}`} data-col={col}>
                        <span class="wf-cur" data-testid="current">{shown(v.current)}</span>
                        <span class="wf-prev" data-testid="previous">{shown(v.previous)}</span>
                        {v.change ? <span class="wf-change" data-testid="change">{changeText(v.change)}</span> : null}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function SectionCompare({ section }: { section: SectionComparison }) {
  const flags = (list: SectionComparison['current']) => new Map(list.map((s) => [s.text, s]));
  const cur = flags(section.current);
  const prev = flags(section.previous);
  const mark = (text: string, side: typeof cur) => {
    const s = side.get(text);
    return s?.fixed ? 'wf-fixed' : s?.repeated ? 'wf-repeated' : '';
  };
  const title = section.title.current || section.title.previous || t('wf_compare_opening');
  return (
    <section class="wf-section" data-template={section.template ?? ''}>
      <h3>
        {title} <span class="wf-share-tag" data-testid="section-share">{t('wf_compare_section_share', percent(section.share))}</span>
      </h3>
      {section.rows.length === 0 ? (
        <p class="wf-faint">{t('wf_compare_no_text')}</p>
      ) : (
        <table class="wf-sbs">
          <thead>
            <tr>
              <th scope="col">{t('wf_compare_previous')}</th>
              <th scope="col">{t('wf_compare_current')}</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <SentenceRow row={row} mark={(text, side) => mark(text, side === 'current' ? cur : prev)} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function SentenceRow({ row, mark }: { row: AlignedRow; mark(text: string, side: 'current' | 'previous'): string }) {
  const parts = (list: Part[], keep: 'added' | 'removed') =>
    list.filter((p) => p.kind === 'same' || p.kind === keep).map((p) => (p.kind === 'same' ? p.text : keep === 'added' ? <ins>{p.text}</ins> : <del>{p.text}</del>));
  switch (row.kind) {
    case 'same':
      return (
        <tr data-kind="same">
          <td class={mark(row.previous, 'previous')}>{row.previous}</td>
          <td class={mark(row.current, 'current')}>{row.current}</td>
        </tr>
      );
    case 'changed':
      return (
        <tr data-kind="changed">
          <td>{parts(row.parts, 'removed')}</td>
          <td>{parts(row.parts, 'added')}</td>
        </tr>
      );
    case 'removed':
      return (
        <tr data-kind="removed">
          <td class={mark(row.previous, 'previous')}>{row.previous}</td>
          <td />
        </tr>
      );
    case 'added':
      return (
        <tr data-kind="added">
          <td />
          <td class={mark(row.current, 'current')}>{row.current}</td>
        </tr>
      );
  }
}
