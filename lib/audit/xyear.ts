import type { AuditExport, AuditRecord } from '../model';
import { runCrossYear, XYEAR_RULES } from '../rules';
import { applyDismissals } from './dismiss';

const XYEAR_IDS = new Set(XYEAR_RULES.map((r) => r.id));

/**
 * The export of `current` as a reviewer sees it once last year's report of the same body is known
 * (`previous`, paired by lib/match): the cross-year findings added after the page's own, the rules
 * run listed, the verdict counted with them, and the reviewer's dismissals applied. With no
 * predecessor, or a page that is not a readable report, the export as audited (dismissals applied).
 * Idempotent: cross-year findings already in the export are replaced, never doubled.
 */
export function withPrevious(current: AuditRecord, previous: AuditRecord | null): AuditExport {
  const own = current.export;
  const base: AuditExport = {
    ...own,
    findings: own.findings.filter((f) => !XYEAR_IDS.has(f.rule)),
    verdict: {
      ...own.verdict,
      rulesRun: own.verdict.rulesRun.filter((id) => !XYEAR_IDS.has(id)),
      rulesNotApplicable: own.verdict.rulesNotApplicable.filter((id) => !XYEAR_IDS.has(id)),
    },
  };
  const readable = !['not-a-report', 'unreadable'].includes(own.verdict.status);
  if (!previous || !readable) return applyDismissals(base, current.dismissed);
  const run = runCrossYear(current, previous);
  return applyDismissals(
    {
      ...base,
      findings: [...base.findings, ...run.findings],
      verdict: {
        ...base.verdict,
        rulesRun: [...base.verdict.rulesRun, ...run.rulesRun],
        rulesNotApplicable: [...base.verdict.rulesNotApplicable, ...run.rulesNotApplicable],
      },
    },
    current.dismissed,
  );
}
