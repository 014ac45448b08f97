import { VERDICT_WORDS, type VerdictShown } from '../../lib/model';
import { pick } from './i18n';

/** The verdict as a coloured word, in the popup's words and colours (待复核 amber, as a report with only open questions). */
export const VerdictTag = ({ shown }: { shown: VerdictShown }) => (
  <span class={`wf-verdict wf-verdict--${shown}`} data-status={shown}>
    {pick(VERDICT_WORDS[shown])}
  </span>
);
