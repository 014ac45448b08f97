import { Finding, inSchemaOrder, type AuditRecord, type ParsedReport } from '../model';
import { compareRefLists, refKey } from './cells';
import { cellBlank, numInvalid, unitInCell } from './numbers';
import type { CrossYearRule, FindingDraft, Rule } from './rule';
import { sections } from './sections';
import { splitDigits } from './split-digits';
import { labelVariant } from './label-variant';
import { formatVersion, tableMissing } from './structure';
import { t2FeeUnit, t2PublishedLeTotal, t2ValidLowerBound } from './table2';
import { t3Balance, t3LegalSub, t3ResultSum, t3RowSum } from './table3';
import { t4Sum } from './table4';
import { feeDisclosure, period, textT3, textT4 } from './text';

export type { CrossYearRule, FindingDraft, Rule } from './rule';
import { carryXyear, t2StockXyear, textReuse } from './xyear';

/** In SPEC §4 catalogue order, which is also the order of the findings. */
export const RULES: readonly Rule[] = [
  t3RowSum,
  t3ResultSum,
  t3Balance,
  t3LegalSub,
  t4Sum,
  numInvalid,
  t2ValidLowerBound,
  t2PublishedLeTotal,
  t2FeeUnit,
  formatVersion,
  tableMissing,
  labelVariant,
  sections,
  cellBlank,
  unitInCell,
  splitDigits,
  textT3,
  textT4,
  period,
  feeDisclosure,
];

/** The rules that compare a report with the same body's report of the year before, in catalogue order. */
export const XYEAR_RULES: readonly CrossYearRule[] = [carryXyear, t2StockXyear, textReuse];

export interface RuleRun {
  findings: Finding[];
  rulesRun: string[];
  rulesNotApplicable: string[];
}

/** A rule that throws must not take the audit down with it: a person looks at what it could not. */
function crashed(rule: Pick<Rule, 'id' | 'severity'>, error: unknown): FindingDraft {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    rule: rule.id,
    severity: rule.severity,
    outcome: 'review',
    cells: [],
    related: [],
    message: {
      zh: `规则 ${rule.id} 运行出错，需人工核对：${detail}`,
      en: `Rule ${rule.id} failed to run; needs review: ${detail}`,
    },
  };
}

/** Runs every rule; never throws. Findings come in catalogue order, then by cell position. */
export function runRules(report: ParsedReport): RuleRun {
  const out = run(RULES, (rule) => rule.appliesTo(report), (rule) => rule.check(report));
  // A page's findings in the schema's key order, whatever order each rule wrote them in: its export is
  // written as built (lib/audit `auditedDocument`). Cross-year findings keep their rule's order, as the
  // CLI has always written them.
  return { ...out, findings: out.findings.map((f) => inSchemaOrder(Finding, f)) };
}

/**
 * Runs the cross-year rules on a report and the same body's report of the year before; never
 * throws. Each finding names the earlier report in `previous`. Which report precedes which is the
 * caller's decision (lib/match pairs them), not the rules'.
 */
export function runCrossYear(current: AuditRecord, previous: AuditRecord): RuleRun {
  const { url } = previous.export.source;
  const { year, organ } = previous.export.report;
  const out = run(XYEAR_RULES, (rule) => rule.appliesTo(current, previous), (rule) => rule.check(current, previous));
  return { ...out, findings: out.findings.map((f) => ({ ...f, previous: { url, year, organ } })) };
}

function run<R extends Pick<Rule, 'id' | 'severity'>>(
  rules: readonly R[],
  applies: (rule: R) => boolean,
  check: (rule: R) => FindingDraft[],
): RuleRun {
  const drafts: FindingDraft[] = [];
  const rulesRun: string[] = [];
  const rulesNotApplicable: string[] = [];
  for (const rule of rules) {
    let own: FindingDraft[];
    try {
      if (!applies(rule)) {
        rulesNotApplicable.push(rule.id);
        continue;
      }
      own = check(rule);
    } catch (error) {
      own = [crashed(rule, error)];
    }
    rulesRun.push(rule.id);
    drafts.push(...[...own].sort((a, b) => compareRefLists(a.cells, b.cells)));
  }
  return { findings: withIds(drafts), rulesRun, rulesNotApplicable };
}

/** `${rule}:${cells}` with #2, #3 for repeats: a reviewer's dismissal is keyed on it. */
function withIds(drafts: FindingDraft[]): Finding[] {
  const used = new Map<string, number>();
  return drafts.map((d) => {
    const base = `${d.rule}:${d.cells.map(refKey).join('+')}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return { id: n === 1 ? base : `${base}#${n}`, ...d };
  });
}
