import { KIND_WORDS, VERDICT_WORDS, verdictShown, type FindingKind } from '../../lib/model/vocabulary';
import type { Lang, Translate } from './describe';
import type { OverlayModel } from './model';
import { KIND_COLORS } from './styles';

interface ChipProps {
  model: OverlayModel;
  /** Findings the page shows no cell for. */
  unplaced: number;
  t: Translate;
  lang: Lang;
  onClose: () => void;
}

const STATUS_COLOR = { pass: '#188038', warnings: KIND_COLORS.warning, review: KIND_COLORS.review, errors: KIND_COLORS.error } as const;
const KINDS: readonly FindingKind[] = ['error', 'warning', 'review', 'info'];

/** A frame sized to its content, taller than the screen: its viewport corner is out of sight. */
const inTallFrame = (): boolean => {
  try {
    return window.top !== window && innerHeight > screen.availHeight;
  } catch {
    return false;
  }
};

/** The corner summary: verdict and counts in the popup's words, and the one button that removes every mark. */
export function Chip({ model, unplaced, t, lang, onClose }: ChipProps) {
  const shown = verdictShown(model);
  const status = shown === 'errors' || shown === 'warnings' || shown === 'review' ? shown : 'pass';
  // A review verdict's word is the review count's word: say it once, with the count (「待复核 3」).
  const counts = KINDS.map((kind) => [kind, model.counts[kind]] as const).filter(([kind, n]) => n > 0 && kind !== status);
  const statusCount = status === 'review' ? ` ${model.counts.review}` : '';
  return (
    <div class={inTallFrame() ? 'chip in-frame' : 'chip'} data-gra="chip" data-status={model.status} role="status" style={{ '--c': STATUS_COLOR[status] }}>
      <div class="chip-row">
        <span class="chip-title">{t('overlay_title')}</span>
        <span class="chip-status">
          {status === 'pass' ? '✓ ' : ''}
          {VERDICT_WORDS[status][lang]}
          {statusCount}
        </span>
        {counts.map(([kind, n]) => (
          <span key={kind} class="chip-count" data-count={kind} data-n={n}>
            {KIND_WORDS[kind][lang]} {n}
          </span>
        ))}
        <button type="button" class="close" data-gra="close" title={t('overlay_close')} aria-label={t('overlay_close')} onClick={onClose}>
          ×
        </button>
      </div>
      {unplaced > 0 && <div class="chip-note">{t('overlay_unplaced', String(unplaced))}</div>}
    </div>
  );
}
