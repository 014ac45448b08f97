import type { AuditExport } from '../model';
import { countFindings, statusOf } from './verdict';

/**
 * The export as a reviewer sees it: dismissed findings marked, and the verdict recounted without
 * them. Pages that are not reports, or unreadable ones, keep their status.
 */
export function applyDismissals(audit: AuditExport, dismissedIds: readonly string[]): AuditExport {
  const dismissed = new Set(dismissedIds);
  const findings = audit.findings.map((f) => {
    const { dismissed: _, ...rest } = f;
    return dismissed.has(f.id) ? { ...rest, dismissed: true } : rest;
  });
  const counts = countFindings(findings);
  const keepsStatus = audit.verdict.status === 'not-a-report' || audit.verdict.status === 'unreadable';
  return {
    ...audit,
    findings,
    verdict: { ...audit.verdict, counts, status: keepsStatus ? audit.verdict.status : statusOf(counts) },
  };
}
