import { z } from 'zod';
import { AuditExport } from './export';
import { Report } from './report';

/**
 * One section of the narrative, as the report wrote it. The export leaves the page's own text out
 * (SPEC §5), but cross-year checks need it: TEXT-REUSE and the comparison view read it by section.
 */
export const SectionText = z.object({
  /** The heading's number as written (1 for 一、); 0 for the text before the first heading. */
  number: z.number().int().nonnegative(),
  /** The heading as written, '' for the text before the first heading. */
  title: z.string(),
  /** Which of the template's six sections (1-6) the heading is, by its key words; null for none. */
  template: z.number().int().min(1).max(6).nullable(),
  /** The section's text lines without its heading (and without a closing signature), joined by "\n". */
  text: z.string(),
});
export type SectionText = z.infer<typeof SectionText>;

/**
 * What one audit leaves behind: what the CLI holds per file and what the extension's history
 * keeps. The export as audited (without cross-year findings: those depend on which other records
 * are known, see `withPrevious` in lib/audit), the narrative by section, and the ids of the
 * findings a reviewer dismissed. `export.source.url` identifies the report.
 */
export const AuditRecord = z.object({
  export: AuditExport,
  narrative: z.array(SectionText),
  dismissed: z.array(z.string()),
});
export type AuditRecord = z.infer<typeof AuditRecord>;

/**
 * What pairing reports by body and year reads of a record (lib/match): its url, year, organ, when it
 * was audited and the opening of its narrative (the text before the first heading and the
 * template's first section). Any `AuditRecord` is one; the CLI holds just this much per file while
 * a batch runs, and the history keeps it beside each record so that finding a report's predecessor
 * never reads every record.
 */
export const BodyRecord = z.object({
  export: z.object({ source: AuditExport.shape.source.pick({ url: true, auditedAt: true }), report: Report.pick({ organ: true, year: true }) }),
  narrative: z.array(SectionText.pick({ number: true, template: true, text: true })),
});
export type BodyRecord = z.infer<typeof BodyRecord>;
