import type { Bilingual } from './cell';
import type { Verdict } from './export';
import type { Finding, Severity } from './finding';

/**
 * The words every surface uses for a verdict and a finding's kind (popup, overlay, CLI, CSV):
 * 通过 / 有警告 / 有错误 / 待复核 / 无法读取, and 错误 / 警告 / 待复核 / 提示. One place, so they never drift.
 */

/** What a finding asks of the reader. Outcome before severity: a finding needing review is 待复核 whatever its rule's severity. */
export type FindingKind = Severity | 'review';

/** Worst first, the order groups are listed in; review sits beside warnings (amber), never under errors. */
export const FINDING_KINDS: readonly FindingKind[] = ['error', 'warning', 'review', 'info'];

export const KIND_WORDS: Record<FindingKind, Bilingual> = {
  error: { zh: '错误', en: 'Error' },
  warning: { zh: '警告', en: 'Warning' },
  review: { zh: '待复核', en: 'Needs review' },
  info: { zh: '提示', en: 'Note' },
};

export const kindOf = (f: Pick<Finding, 'outcome' | 'severity'>): FindingKind => (f.outcome === 'review' ? 'review' : f.severity);

/** The verdict as shown: SPEC's status, with `warnings` that are only open questions shown as 待复核. */
export type VerdictShown = 'pass' | 'warnings' | 'review' | 'errors' | 'unreadable' | 'not-a-report';

export const VERDICT_WORDS: Record<VerdictShown, Bilingual> = {
  pass: { zh: '通过', en: 'Passed' },
  warnings: { zh: '有警告', en: 'Warnings' },
  review: { zh: '待复核', en: 'Needs review' },
  errors: { zh: '有错误', en: 'Errors' },
  unreadable: { zh: '无法读取', en: 'Unreadable' },
  'not-a-report': { zh: '非年报页面', en: 'Not a report' },
};

export function verdictShown(verdict: Pick<Verdict, 'status' | 'counts'>): VerdictShown {
  const { status, counts } = verdict;
  return status === 'warnings' && counts.warning === 0 && counts.review > 0 ? 'review' : status;
}
