import { TABLE_KEYS, TABLE_LABELS, tableName, type AuditExport } from '../../lib/model';
import { flaggedCells } from './cells';
import { Disclosure } from './Disclosure';
import { lang, pick, t } from './i18n';
import { tableLayout } from './layout';
import { TableGrid } from './TableGrid';

/** Tables 2-4 as extracted, folded, for a side-by-side look at the page. */
export function TablesView({ audit }: { audit: AuditExport }) {
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
            initiallyOpen={false}
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
                  <TableGrid tableKey={key} table={table} blocks={tableLayout(key, format, table)} flags={flags} />
                </div>
                <Legend />
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
    </p>
  );
}
