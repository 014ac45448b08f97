import { useEffect, useRef } from 'preact/hooks';
import { refKey, type Cell, type FindingKind } from '../../lib/model';
import { t } from './i18n';

const FLAG_KEY = { error: 'popup_flag_error', warning: 'popup_flag_warning', review: 'popup_flag_review', info: 'popup_flag_info' } as const;

/**
 * One extracted cell, drawn so that a blank, a placeholder ("/", "—"), unreadable text and a
 * real 0 never look alike: mixing those up is how other tools misread these tables.
 * Page text goes in as JSX text only (escaped), never as HTML.
 */
export function CellValue({ cell, flag, onEdit }: { cell: Cell | undefined; flag: FindingKind | undefined; onEdit?: () => void }) {
  if (!cell) {
    return <td class={`cell cell--missing${flag ? ` cell--flag-${flag}` : ''}`} title={t('popup_cell_missing')} />;
  }
  // A corrected cell says what was read; an editable one says it can be corrected.
  const notes = [
    flag ? t(FLAG_KEY[flag]) : '',
    cell.corrected ? t('popup_cell_corrected', cell.corrected.raw.trim() || t('popup_cell_blank')) : '',
    onEdit ? t('popup_cell_edit_hint') : '',
  ].filter(Boolean);
  const flagClass = `${flag ? ` cell--flag-${flag}` : ''}${cell.corrected ? ' cell--corrected' : ''}${onEdit ? ' cell--editable' : ''}`;
  const flagTitle = notes.map((n) => ` · ${n}`).join('');
  const edit = onEdit && {
    tabIndex: 0,
    onClick: onEdit,
    onKeyDown: (e: KeyboardEvent) => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        onEdit();
      }
    },
  };
  const common = { 'data-cell': refKey(cell.at), ...edit };
  const raw = t('popup_cell_raw', cell.raw.trim());
  switch (cell.kind) {
    case 'blank':
      return (
        <td {...common} class={`cell cell--blank${flagClass}`} title={t('popup_cell_blank_title') + flagTitle}>
          {t('popup_cell_blank')}
        </td>
      );
    case 'placeholder':
      return (
        <td {...common} class={`cell cell--placeholder${flagClass}`} title={t('popup_cell_placeholder_title') + flagTitle}>
          {cell.raw.trim()}
        </td>
      );
    case 'text':
      return (
        <td {...common} class={`cell cell--text${flagClass}`} title={t('popup_cell_text_title') + ' ' + raw + flagTitle}>
          {cell.raw.trim()}
        </td>
      );
    default:
      return (
        <td {...common} class={`cell cell--number${flagClass}`} title={raw + flagTitle}>
          {String(cell.value)}
          {cell.unit ? <small class="cell__unit">{cell.unit}</small> : null}
        </td>
      );
  }
}

/**
 * A cell being corrected by hand: what the reviewer types is read like any cell (SPEC §3).
 * Enter keeps it, Escape or leaving the field gives up.
 */
export function CellEditor({ cell, onDone, onCancel }: { cell: Cell; onDone(raw: string): void; onCancel(): void }) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  return (
    <td class="cell cell--editing" data-cell={refKey(cell.at)}>
      <input
        ref={input}
        class="cell__input"
        defaultValue={cell.raw.trim()}
        aria-label={t('popup_cell_edit_label', cell.corrected?.raw.trim() ?? cell.raw.trim())}
        maxLength={40}
        onKeyDown={(e) => {
          if (e.key === 'Enter') onDone((e.currentTarget as HTMLInputElement).value);
          else if (e.key === 'Escape') onCancel();
        }}
        onBlur={onCancel}
      />
    </td>
  );
}
