import { z } from 'zod';
import { Bilingual } from './cell';
import { Finding } from './finding';
import { Report } from './report';

export const SCHEMA_ID = 'gov-report-audit/v1';

export const VerdictStatus = z.enum(['pass', 'warnings', 'errors', 'not-a-report', 'unreadable']);
export type VerdictStatus = z.infer<typeof VerdictStatus>;

export const Verdict = z.object({
  status: VerdictStatus,
  counts: z.object({
    error: z.number().int().nonnegative(),
    warning: z.number().int().nonnegative(),
    info: z.number().int().nonnegative(),
    review: z.number().int().nonnegative(),
  }),
  rulesRun: z.array(z.string()),
  rulesNotApplicable: z.array(z.string()),
  /** Why the page is not a report, why it could not be read, or what of it was left unread. */
  reason: Bilingual.optional(),
});
export type Verdict = z.infer<typeof Verdict>;

/** What the report was read from (SPEC §5). */
export const SourceKind = z.enum(['html', 'text', 'pdf', 'docx']);
export type SourceKind = z.infer<typeof SourceKind>;

export const AuditExport = z.object({
  schema: z.literal(SCHEMA_ID),
  source: z.object({
    url: z.string(),
    title: z.string(),
    auditedAt: z.string(),
    tool: z.object({ name: z.string(), version: z.string() }),
    kind: SourceKind.optional(),
  }),
  report: Report,
  findings: z.array(Finding),
  verdict: Verdict,
});
export type AuditExport = z.infer<typeof AuditExport>;
