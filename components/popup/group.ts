import { FINDING_KINDS, kindOf, type AuditExport, type Finding, type FindingKind, type Severity } from '../../lib/model';

/** Worst first, for outlining cells in the tables view. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** One line of a group: a finding, or many findings of one rule folded into one line with a count. */
export type GroupItem = { fold: false; finding: Finding } | { fold: true; rule: string; findings: Finding[] };

export interface FindingGroup {
  kind: FindingKind;
  findings: Finding[];
  items: GroupItem[];
  /** Findings still counting (not dismissed by the reviewer): the number the verdict line shows. */
  active: number;
  dismissed: number;
  /** Open on first render: a group with live errors, warnings or open questions is what the reviewer came for. */
  open: boolean;
}

/** From this many findings of one rule in a group, they are one line with a count, expanded on demand. */
export const FOLD_FROM = 3;

function items(findings: Finding[]): GroupItem[] {
  const byRule = new Map<string, Finding[]>();
  for (const f of findings) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  const out: GroupItem[] = [];
  const placed = new Set<string>();
  for (const f of findings) {
    const same = byRule.get(f.rule)!;
    if (same.length < FOLD_FROM) out.push({ fold: false, finding: f });
    else if (!placed.has(f.rule)) out.push({ fold: true, rule: f.rule, findings: same });
    placed.add(f.rule);
  }
  return out;
}

/**
 * Findings by what they ask of the reader, outcome before severity: a finding needing review is
 * 待复核 (its own amber group) whatever its rule's severity, so it never sits under 错误. Dismissed
 * findings stay in place (marked) so the list does not jump under the reviewer's cursor.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return FINDING_KINDS.map((kind) => {
    const inGroup = findings.filter((f) => kindOf(f) === kind);
    const dismissed = inGroup.filter((f) => f.dismissed).length;
    const active = inGroup.length - dismissed;
    return { kind, findings: inGroup, items: items(inGroup), active, dismissed, open: kind !== 'info' && active > 0 };
  }).filter((g) => g.findings.length > 0);
}

/** Rules that ran and produced nothing: the "passed" list, collapsed by default. */
export function passedRules(audit: Pick<AuditExport, 'findings' | 'verdict'>): string[] {
  const fired = new Set(audit.findings.map((f) => f.rule));
  return audit.verdict.rulesRun.filter((rule) => !fired.has(rule));
}
