import type { AuditExport, Finding } from '../../lib/model';
import { ruleHelp } from '../../lib/rules/catalogue';
import type { CellPlace } from './cells';
import { Disclosure } from './Disclosure';
import { FindingItem } from './FindingItem';
import { groupFindings, passedRules, type GroupItem } from './group';
import { pick, t } from './i18n';
import { KindTag, RuleName } from './Tag';
import { nameCells } from './where';

interface Props {
  audit: AuditExport;
  places: Map<string, CellPlace>;
  /** Finding ids whose dismissal is being saved. */
  pending: ReadonlySet<string>;
  onReveal(findingId: string): void;
  onDismiss(findingId: string, dismissed: boolean): void;
}

/**
 * Findings by kind (错误, 警告, 待复核, 提示; the live ones open), each group's count the verdict
 * line's; many of one rule folded into one line; then the rules that passed or did not apply.
 */
export function FindingList({ audit, places, pending, onReveal, onDismiss }: Props) {
  const groups = groupFindings(audit.findings);
  const passed = passedRules(audit);
  const notApplicable = audit.verdict.rulesNotApplicable;
  const item = (f: Finding) => (
    <FindingItem
      key={f.id}
      finding={f}
      where={nameCells(f.cells, places, audit.report.format)}
      busy={pending.has(f.id)}
      onReveal={onReveal}
      onDismiss={onDismiss}
    />
  );
  const line = (it: GroupItem) =>
    it.fold ? (
      <li key={`fold:${it.rule}`} class="fold">
        <Disclosure
          class="fold__box"
          initiallyOpen={false}
          summary={
            <>
              <RuleName rule={it.rule} />
              <span class="fold__count">{t('popup_fold_count', it.findings.length)}</span>
            </>
          }
        >
          <ul class="group__list">{it.findings.map(item)}</ul>
        </Disclosure>
      </li>
    ) : (
      item(it.finding)
    );
  return (
    <section class="findings" aria-label={t('popup_findings_label')}>
      {groups.length === 0 ? <p class="findings__none">{t('popup_no_findings')}</p> : null}
      {groups.map((g) => (
        <Disclosure
          key={g.kind}
          class={`group group--${g.kind}`}
          initiallyOpen={g.open}
          summary={
            <>
              <KindTag kind={g.kind} />
              <span class="group__count">{g.active}</span>
              {g.dismissed > 0 ? <span class="group__dismissed">{t('popup_dismissed_count', g.dismissed)}</span> : null}
            </>
          }
        >
          <ul class="group__list">{g.items.map(line)}</ul>
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
        {rules.map((rule) => {
          const help = ruleHelp(rule);
          return (
            <li key={rule} title={help ? pick(help) : undefined}>
              <RuleName rule={rule} />
            </li>
          );
        })}
      </ul>
    </Disclosure>
  );
}
