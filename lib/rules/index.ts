import type { Finding, ParsedReport } from '../model';
import { compareRefLists, refKey } from './cells';
import { cellBlank, numInvalid, unitInCell } from './numbers';
import type { FindingDraft, Rule } from './rule';
import { sections } from './sections';
import { splitDigits } from './split-digits';
import { formatVersion, labelVariant, tableMissing } from './structure';
import { t2FeeUnit, t2PublishedLeTotal, t2ValidLowerBound } from './table2';
import { t3Balance, t3LegalSub, t3ResultSum, t3RowSum } from './table3';
import { t4Sum } from './table4';
import { feeDisclosure, period, textT3, textT4 } from './text';

export type { FindingDraft, Rule } from './rule';

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

export interface RuleRun {
  findings: Finding[];
  rulesRun: string[];
  rulesNotApplicable: string[];
}

/** A rule that throws must not take the audit down with it: a person looks at what it could not. */
function crashed(rule: Rule, error: unknown): FindingDraft {
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
  const drafts: FindingDraft[] = [];
  const rulesRun: string[] = [];
  const rulesNotApplicable: string[] = [];
  for (const rule of RULES) {
    let own: FindingDraft[];
    try {
      if (!rule.appliesTo(report)) {
        rulesNotApplicable.push(rule.id);
        continue;
      }
      own = rule.check(report);
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
