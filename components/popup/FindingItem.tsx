import { kindOf, type Finding } from '../../lib/model';
import { pick, t } from './i18n';
import { RuleName } from './Tag';

interface Props {
  finding: Finding;
  /** The finding's cells, named for a reviewer ('' when it has none). */
  where: string;
  busy: boolean;
  onReveal(findingId: string): void;
  onDismiss(findingId: string, dismissed: boolean): void;
}

/**
 * One finding: the rule's title (its ID small beside it), the message, where. Its group says its
 * kind. The body is a button that scrolls the page to the cell (findings about the whole report,
 * with no cell, are plain text); dismissing is a separate, explicit button.
 */
export function FindingItem({ finding: f, where, busy, onReveal, onDismiss }: Props) {
  const dismissed = f.dismissed === true;
  const body = (
    <>
      <span class="finding__head">
        <RuleName rule={f.rule} />
        {dismissed ? <span class="finding__dismissed">{t('popup_dismissed')}</span> : null}
      </span>
      <span class="finding__message">{pick(f.message)}</span>
      {where ? <span class="finding__where">{t('popup_where') + where}</span> : null}
    </>
  );
  return (
    <li class={`finding finding--${kindOf(f)}${dismissed ? ' is-dismissed' : ''}`} data-finding={f.id}>
      {f.cells.length > 0 ? (
        <button type="button" class="finding__body" title={t('popup_reveal_hint')} onClick={() => onReveal(f.id)}>
          {body}
        </button>
      ) : (
        <div class="finding__body">{body}</div>
      )}
      <button
        type="button"
        class="finding__dismiss"
        aria-pressed={dismissed}
        disabled={busy}
        title={dismissed ? t('popup_restore_hint') : t('popup_dismiss_hint')}
        onClick={() => onDismiss(f.id, !dismissed)}
      >
        {dismissed ? t('popup_restore') : t('popup_dismiss')}
      </button>
    </li>
  );
}
