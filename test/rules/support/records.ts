import { narrativeOf } from '../../../lib/audit/narrative';
import { AuditExport, SCHEMA_ID, type AuditRecord, type ParsedReport } from '../../../lib/model';
import { runRules } from '../../../lib/rules';

/** An audit record of a built report, as the CLI or the history holds one. */
export function recordOf(report: ParsedReport, url: string): AuditRecord {
  const { narrative, otherMatters: _o, ...exported } = report;
  const run = runRules(report);
  return {
    export: AuditExport.parse({
      schema: SCHEMA_ID,
      source: { url, title: report.title ?? '', auditedAt: '2026-01-01T00:00:00.000Z', tool: { name: 'gov-report-audit', version: '0.1.0' } },
      report: exported,
      findings: run.findings,
      verdict: { status: 'pass', counts: { error: 0, warning: 0, info: 0, review: 0 }, rulesRun: run.rulesRun, rulesNotApplicable: run.rulesNotApplicable },
    }),
    narrative: narrativeOf(narrative),
    dismissed: [],
  };
}
