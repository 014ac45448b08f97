import type { AuditExport } from '../../lib/model';
import type { CellPlace } from './cells';
import { Disclosure } from './Disclosure';
import { FindingItem } from './FindingItem';
import { groupFindings, passedRules } from './group';
import { maybe, t } from './i18n';
import { SeverityTag } from './Tag';
import { nameCells } from './where';

interface Props {
  audit: AuditExport;
  places: Map<string, CellPlace>;
  /** Finding ids whose dismissal is being saved. */
  pending: ReadonlySet<string>;
  onReveal(findingId: string): void;
  onDismiss(findingId: string, dismissed: boolean): void;
}

/** Findings by severity (live errors and warnings open), then the rules that passed or did not apply, folded. */
export function FindingList({ audit, places, pending, onReveal, onDismiss }: Props) {
  const groups = groupFindings(audit.findings);
  const passed = passedRules(audit);
  const notApplicable = audit.verdict.rulesNotApplicable;
  return (
    <section class="findings" aria-label={t('popup_findings_label')}>
      {groups.length === 0 ? <p class="findings__none">{t('popup_no_findings')}</p> : null}
      {groups.map((g) => (
        <Disclosure
          key={g.severity}
          class={`group group--${g.severity}`}
          initiallyOpen={g.open}
          summary={
            <>
              <SeverityTag severity={g.severity} />
              <span class="group__count">{g.active}</span>
              {g.dismissed > 0 ? <span class="group__dismissed">{t('popup_dismissed_count', g.dismissed)}</span> : null}
            </>
          }
        >
          <ul class="group__list">
            {g.findings.map((f) => (
              <FindingItem
                key={f.id}
                finding={f}
                where={nameCells(f.cells, places)}
                busy={pending.has(f.id)}
                onReveal={onReveal}
                onDismiss={onDismiss}
              />
            ))}
          </ul>
        </Disclosure>
      ))}
      <RuleGroup kind="passed" title={t('popup_rules_passed')} rules={passed} />
      <RuleGroup kind="not-applicable" title={t('popup_rules_not_applicable')} rules={notApplicable} />
    </section>
  );
}

function RuleGroup({ kind, title, rules }: { kind: string; title: string; rules: readonly string[] }) {
  if (rules.length === 0) return null;
  return (
    <Disclosure
      class={`group group--${kind}`}
      initiallyOpen={false}
      summary={
        <>
          <span class="group__title">{title}</span>
          <span class="group__count">{rules.length}</span>
        </>
      }
    >
      <ul class="rules">
        {rules.map((rule) => (
          <li key={rule}>
            <code>{rule}</code>
            {/* The overlay's plain-words formula for the rule, where it has one. */}
            <span class="rules__help">{maybe(`rule_${rule.replace(/-/g, '_')}`)}</span>
          </li>
        ))}
      </ul>
    </Disclosure>
  );
}
