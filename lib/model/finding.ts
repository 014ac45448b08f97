import { z } from 'zod';
import { Bilingual, CellRef } from './cell';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

export const Outcome = z.enum(['fail', 'review']);
export type Outcome = z.infer<typeof Outcome>;

/** Which report: a cross-year finding names the earlier one in `previous` (SPEC §5). */
export const ReportRef = z.object({
  url: z.string(),
  year: z.number().int().nullable(),
  organ: z.string().nullable(),
});
export type ReportRef = z.infer<typeof ReportRef>;

export const Finding = z.object({
  /** Stable within one page: rule plus the cells it names, so a dismissal can find it again. */
  id: z.string(),
  rule: z.string(),
  severity: Severity,
  outcome: Outcome,
  message: Bilingual,
  expected: z.union([z.number(), z.string()]).optional(),
  actual: z.union([z.number(), z.string()]).optional(),
  /** The cells in the wrong. */
  cells: z.array(CellRef),
  /** The cells the expectation was computed from; cells of last year's report carry its `url`. */
  related: z.array(CellRef),
  /** Cross-year findings only (CARRY-XYEAR, T2-STOCK-XYEAR, TEXT-REUSE): the report compared with. */
  previous: ReportRef.optional(),
  /** Set by a reviewer in the extension; travels with the export. */
  dismissed: z.boolean().optional(),
});
export type Finding = z.infer<typeof Finding>;
