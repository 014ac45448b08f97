import type { Cell, Severity } from '../../lib/model';
import { t } from './i18n';

const FLAG_KEY = { error: 'popup_flag_error', warning: 'popup_flag_warning', info: 'popup_flag_info' } as const;

/**
 * One extracted cell, drawn so that a blank, a placeholder ("/", "—"), unreadable text and a
 * real 0 never look alike: mixing those up is how other tools misread these tables.
 * Page text goes in as JSX text only (escaped), never as HTML.
 */
export function CellValue({ cell, flag }: { cell: Cell | undefined; flag: Severity | undefined }) {
  const flagClass = flag ? ` cell--flag-${flag}` : '';
  const flagTitle = flag ? ` · ${t(FLAG_KEY[flag])}` : '';
  if (!cell) {
    return <td class={`cell cell--missing${flagClass}`} title={t('popup_cell_missing')} />;
  }
  const raw = t('popup_cell_raw', cell.raw.trim());
  switch (cell.kind) {
    case 'blank':
      return (
        <td class={`cell cell--blank${flagClass}`} title={t('popup_cell_blank_title') + flagTitle}>
          {t('popup_cell_blank')}
        </td>
      );
    case 'placeholder':
      return (
        <td class={`cell cell--placeholder${flagClass}`} title={t('popup_cell_placeholder_title') + flagTitle}>
          {cell.raw.trim()}
        </td>
      );
    case 'text':
      return (
        <td class={`cell cell--text${flagClass}`} title={t('popup_cell_text_title') + ' ' + raw + flagTitle}>
          {cell.raw.trim()}
        </td>
      );
    default:
      return (
        <td class={`cell cell--number${flagClass}`} title={raw + flagTitle}>
          {String(cell.value)}
          {cell.unit ? <small class="cell__unit">{cell.unit}</small> : null}
        </td>
      );
  }
}
