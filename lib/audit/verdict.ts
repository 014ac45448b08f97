import type { Finding, Verdict, VerdictStatus } from '../model';

type Counts = Verdict['counts'];

/** Dismissed findings are a reviewer's decision that they do not count. */
export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, review: 0 };
  for (const f of findings) {
    if (f.dismissed) continue;
    if (f.outcome === 'review') counts.review++;
    else counts[f.severity]++;
  }
  return counts;
}

/** Worst first: any failing error, then any failing warning or open question, else pass (SPEC §4). */
export function statusOf(counts: Counts): VerdictStatus {
  if (counts.error > 0) return 'errors';
  if (counts.warning > 0 || counts.review > 0) return 'warnings';
  return 'pass';
}
