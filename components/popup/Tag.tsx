import { KIND_WORDS, type FindingKind } from '../../lib/model';
import { ruleTitle } from '../../lib/rules/catalogue';
import { pick } from './i18n';

/** A finding's kind as colour AND word: the colour alone says nothing to a colour-blind reviewer or a printout. */
export function KindTag({ kind }: { kind: FindingKind }) {
  return <span class={`tag tag--${kind}`}>{pick(KIND_WORDS[kind])}</span>;
}

/** A rule as a reviewer reads it: its title first; the ID, second and small, for those who cite it. */
export function RuleName({ rule }: { rule: string }) {
  return (
    <span class="rule-name">
      <span class="rule-name__title">{pick(ruleTitle(rule))}</span> <code class="rule-name__id">{rule}</code>
    </span>
  );
}
