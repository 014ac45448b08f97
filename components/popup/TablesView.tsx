import { TABLE_KEYS, TABLE_LABELS, tableName, type AuditExport, type CellRef } from '../../lib/model';
import { flaggedCells } from './cells';
import { Disclosure } from './Disclosure';
import { lang, pick, t } from './i18n';
import { tableLayout } from './layout';
import { TableGrid } from './TableGrid';

interface Props {
  audit: AuditExport;
  /** Given: cells can be corrected by hand (the audit re-runs with the value). */
  onCorrect?: (at: CellRef, raw: string) => void;
  /** Tables open from the start (where they are the only view of the report, as for a .docx). */
  open?: boolean;
}

/** Tables 2-4 as extracted, folded, for a side-by-side look at the page. */
export function TablesView({ audit, onCorrect, open = false }: Props) {
  const flags = flaggedCells(audit.findings);
  const { tables, format } = audit.report;
  return (
    <section class="tables" aria-label={t('popup_tables_label')}>
      <h2 class="section-title">{t('popup_tables_label')}</h2>
      {TABLE_KEYS.map((key) => {
        const table = tables[key];
        return (
          <Disclosure
            key={key}
            class={`table-box table-box--${key}`}
            initiallyOpen={open}
            summary={
              <>
                <span class="table-box__no">{pick(tableName(key, true))}</span>
                <span class="table-box__name">{TABLE_LABELS[key][lang()]}</span>
                {table ? null : <span class="table-box__missing">{t('popup_table_missing')}</span>}
              </>
            }
          >
            {table ? (
              <>
                <div class="table-box__scroll">
                  <TableGrid tableKey={key} table={table} blocks={tableLayout(key, format, table)} flags={flags} onCorrect={onCorrect} />
                </div>
                <Legend />
                {onCorrect ? <p class="legend legend--edit">{t('popup_correct_help')}</p> : null}
              </>
            ) : (
              <p class="table-box__empty">{t('popup_table_missing_help')}</p>
            )}
          </Disclosure>
        );
      })}
    </section>
  );
}

/** How blanks, placeholders, absent cells and cells in the wrong look: shown under each open table. */
function Legend() {
  return (
    <p class="legend">
      <span class="legend__item">
        <span class="cell--blank legend__swatch">{t('popup_cell_blank')}</span>
        {t('popup_legend_blank')}
      </span>
      <span class="legend__item">
        <span class="cell--placeholder legend__swatch">/</span>
        {t('popup_legend_placeholder')}
      </span>
      <span class="legend__item">
        <span class="cell--missing legend__swatch" />
        {t('popup_legend_missing')}
      </span>
      <span class="legend__item">
        <span class="cell--flag-error legend__swatch">0</span>
        {t('popup_legend_flag')}
      </span>
      <span class="legend__item">
        <span class="cell--flag-review legend__swatch">0</span>
        {t('popup_legend_review')}
      </span>
    </p>
  );
}
