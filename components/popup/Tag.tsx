import type { Severity } from '../../lib/model';
import { t } from './i18n';

/** Severity as colour AND word: the colour alone says nothing to a colour-blind reviewer or a printout. */
export function SeverityTag({ severity }: { severity: Severity }) {
  return <span class={`tag tag--${severity}`}>{t(`popup_severity_${severity}`)}</span>;
}

/** A finding the rules could not decide (a blank total, unreadable text): a person must look. */
export function ReviewTag() {
  return <span class="tag tag--review">{t('popup_outcome_review')}</span>;
}
