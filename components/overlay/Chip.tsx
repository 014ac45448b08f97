import type { Translate } from './describe';
import type { OverlayModel } from './model';
import { SEVERITY_COLORS } from './styles';

interface ChipProps {
  model: OverlayModel;
  /** Findings the page shows no cell for. */
  unplaced: number;
  t: Translate;
  onClose: () => void;
}

const STATUS_COLOR = { pass: '#188038', warnings: SEVERITY_COLORS.warning, errors: SEVERITY_COLORS.error } as const;

/** A frame sized to its content, taller than the screen: its viewport corner is out of sight. */
const inTallFrame = (): boolean => {
  try {
    return window.top !== window && innerHeight > screen.availHeight;
  } catch {
    return false;
  }
};

/** The corner summary: verdict, counts by severity, and the one button that removes every mark. */
export function Chip({ model, unplaced, t, onClose }: ChipProps) {
  const status = model.status === 'errors' || model.status === 'warnings' ? model.status : 'pass';
  const c = model.counts;
  const counts = (
    [
      ['error', c.error],
      ['warning', c.warning],
      ['review', c.review],
      ['info', c.info],
    ] as const
  ).filter(([, n]) => n > 0);
  return (
    <div class={inTallFrame() ? 'chip in-frame' : 'chip'} data-gra="chip" data-status={status} role="status" style={{ '--c': STATUS_COLOR[status] }}>
      <div class="chip-row">
        <span class="chip-title">{t('overlay_title')}</span>
        <span class="chip-status">
          {status === 'pass' ? '✓ ' : ''}
          {t(`overlay_status_${status}`)}
        </span>
        {counts.map(([kind, n]) => (
          <span key={kind} class="chip-count" data-count={kind} data-n={n}>
            {t(`overlay_count_${kind}`, String(n))}
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
