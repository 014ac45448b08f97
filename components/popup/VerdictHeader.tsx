import { FINDING_KINDS, formatName, KIND_WORDS, VERDICT_WORDS, verdictShown, type AuditExport, type VerdictShown, type VerdictStatus } from '../../lib/model';
import { pick, t } from './i18n';

// A shape beside the colour, so the status reads without colour too.
const STATUS_ICON: Record<VerdictShown, string> = {
  pass: '✓',
  warnings: '!',
  review: '?',
  errors: '✕',
  'not-a-report': '–',
  unreadable: '?',
};

/** The verdict in the one vocabulary; `data-status` keeps SPEC's status for whoever reads the page. */
export function StatusBadge({ shown, status }: { shown: VerdictShown; status: VerdictStatus }) {
  return (
    <span class={`status status--${shown}`} data-status={status}>
      <span class="status__icon" aria-hidden="true">
        {STATUS_ICON[shown]}
      </span>
      {pick(VERDICT_WORDS[shown])}
    </span>
  );
}

/** Summary first: the verdict, what report it is, and how many findings of each kind, in the groups' order. */
export function VerdictHeader({ audit }: { audit: AuditExport }) {
  const { report, verdict } = audit;
  const about = [
    report.organ,
    report.year === null ? null : t('popup_year', report.year),
    report.format === 'unknown' ? null : pick(formatName(report.format)),
  ].filter((part): part is string => !!part);
  const title = report.title ?? audit.source.title;
  const showCounts = verdict.status !== 'not-a-report';
  return (
    <section class="verdict" aria-label={t('popup_verdict_label')}>
      <div class="verdict__top">
        <StatusBadge shown={verdictShown(verdict)} status={verdict.status} />
        {showCounts ? (
          <ul class="counts">
            {FINDING_KINDS.map((kind) => (
              <li key={kind} class={`count count--${kind}${verdict.counts[kind] === 0 ? ' is-zero' : ''}`}>
                {pick(KIND_WORDS[kind])} <b>{verdict.counts[kind]}</b>
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
