import type { AuditExport, VerdictStatus } from '../../lib/model';
import { pick, t, type PopupKey } from './i18n';

const STATUS_KEY: Record<VerdictStatus, PopupKey> = {
  pass: 'popup_status_pass',
  warnings: 'popup_status_warnings',
  errors: 'popup_status_errors',
  'not-a-report': 'popup_status_not_a_report',
  unreadable: 'popup_status_unreadable',
};
// A shape beside the colour, so the status reads without colour too.
const STATUS_ICON: Record<VerdictStatus, string> = {
  pass: '✓',
  warnings: '!',
  errors: '✕',
  'not-a-report': '–',
  unreadable: '?',
};

export function StatusBadge({ status }: { status: VerdictStatus }) {
  return (
    <span class={`status status--${status}`} data-status={status}>
      <span class="status__icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {t(STATUS_KEY[status])}
    </span>
  );
}

const COUNTS = ['error', 'warning', 'info', 'review'] as const;

/** Summary first: the verdict, what report it is, and how many findings of each kind. */
export function VerdictHeader({ audit }: { audit: AuditExport }) {
  const { report, verdict } = audit;
  const about = [
    report.organ,
    report.year === null ? null : t('popup_year', report.year),
    report.format === 'unknown' ? null : t('popup_format', report.format),
  ].filter((part): part is string => !!part);
  const title = report.title ?? audit.source.title;
  const showCounts = verdict.status !== 'not-a-report';
  return (
    <section class="verdict" aria-label={t('popup_verdict_label')}>
      <div class="verdict__top">
        <StatusBadge status={verdict.status} />
        {showCounts ? (
          <ul class="counts">
            {COUNTS.map((kind) => (
              <li key={kind} class={`count count--${kind}${verdict.counts[kind] === 0 ? ' is-zero' : ''}`}>
                {t(`popup_count_${kind}`)} <b>{verdict.counts[kind]}</b>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
      {about.length > 0 ? <p class="verdict__about">{about.join(' · ')}</p> : null}
      {title ? (
        <p class="verdict__title" title={title}>
          {title}
        </p>
      ) : null}
      {verdict.reason ? <p class="verdict__reason">{pick(verdict.reason)}</p> : null}
    </section>
  );
}
