import type { AuditExport, Finding, Severity } from '../../lib/model';

/** Worst first: the order a reviewer reads findings in. */
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
  /** Findings still counting (not dismissed by the reviewer). */
  active: number;
  dismissed: number;
  /** Open on first render: a group with live errors or warnings is what the reviewer came for. */
  open: boolean;
}

/**
 * Findings by severity, in the core's order within a group. Dismissed findings stay in place
 * (marked) so the list does not jump under the reviewer's cursor when they dismiss one.
 */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => {
    const inGroup = findings.filter((f) => f.severity === severity);
    const dismissed = inGroup.filter((f) => f.dismissed).length;
    const active = inGroup.length - dismissed;
    return { severity, findings: inGroup, active, dismissed, open: severity !== 'info' && active > 0 };
  }).filter((g) => g.findings.length > 0);
}

/** Rules that ran and produced nothing: the "passed" list, collapsed by default. */
export function passedRules(audit: Pick<AuditExport, 'findings' | 'verdict'>): string[] {
  const fired = new Set(audit.findings.map((f) => f.rule));
  return audit.verdict.rulesRun.filter((rule) => !fired.has(rule));
}
