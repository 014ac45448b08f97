import type { VerdictStatus } from '../../lib/model';
import { verdictWord } from './i18n';

/** The verdict as a coloured word, the same colours as the popup. */
export const VerdictTag = ({ status }: { status: VerdictStatus }) => (
  <span class={`wf-verdict wf-verdict--${status}`} data-status={status}>
    {verdictWord(status)}
  </span>
);
