import { t } from './i18n';
import { StatusBadge } from './VerdictHeader';

interface Props {
  busy: boolean;
  /** Why the last attempt to audit the page failed ('' when it did not). */
  failure: string;
  onAudit(): void;
}

/** No frame of the tab holds a report: say so, and offer to audit the page anyway (mirrors, saved copies). */
export function NoReport({ busy, failure, onAudit }: Props) {
  return (
    <section class="verdict verdict--none" aria-label={t('popup_verdict_label')}>
      <div class="verdict__top">
        <StatusBadge shown="not-a-report" status="not-a-report" />
      </div>
      <p class="verdict__about">{t('popup_no_report')}</p>
      <p class="verdict__help">{t('popup_no_report_help')}</p>
      <button type="button" class="primary" disabled={busy} onClick={onAudit}>
        {busy ? t('popup_auditing') : t('popup_audit_this_page')}
      </button>
      {failure ? (
        <p class="verdict__reason" role="alert">
          {failure}
        </p>
      ) : null}
    </section>
  );
}
