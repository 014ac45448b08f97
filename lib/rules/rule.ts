import type { AuditRecord, Bilingual, Finding, ParsedReport, Severity } from '../model';

/**
 * A rule is data plus a small pure check (the axe-core model). `appliesTo` answers whether the
 * rule's inputs are present at all, so an absent table reads "not applicable", never "passed".
 */
export interface Rule {
  /** SPEC §4 rule ID, e.g. 'T3-ROWSUM'. */
  id: string;
  /** Default severity; a rule may emit another where SPEC says so (FORMAT-VERSION). */
  severity: Severity;
  title: Bilingual;
  /** What the rule checks, the formula in words a reviewer understands. */
  help: Bilingual;
  /** The check as a one-line formula (「总计 = 自然人 + …」), for the arithmetic rules; the tooltip shows it. */
  formula?: Bilingual;
  appliesTo(report: ParsedReport): boolean;
  check(report: ParsedReport): FindingDraft[];
}

/**
 * A rule comparing a report with the same body's report of the year before (SPEC §4: CARRY-XYEAR,
 * T2-STOCK-XYEAR, TEXT-REUSE). It reads two audit records, as the CLI and the history hold them;
 * the runner names the earlier report in each finding's `previous`.
 */
export interface CrossYearRule {
  id: string;
  severity: Severity;
  title: Bilingual;
  help: Bilingual;
  appliesTo(current: AuditRecord, previous: AuditRecord): boolean;
  check(current: AuditRecord, previous: AuditRecord): FindingDraft[];
}

/** A finding before the runner gives it its stable id. */
export type FindingDraft = Omit<Finding, 'id'>;
