import { z } from 'zod';
import { Cell, CellRef } from './cell';

export const Format = z.enum(['2019', '2021', 'mixed', 'unknown']);
export type Format = z.infer<typeof Format>;

/** row key → column key → Cell (SPEC §2). Keys depend on the format; see keys.ts. */
export const Table = z.record(z.string(), z.record(z.string(), Cell));
export type Table = z.infer<typeof Table>;

export const Tables = z.object({
  activeDisclosure: Table.nullable(),
  applications: Table.nullable(),
  reviewLitigation: Table.nullable(),
});
export type Tables = z.infer<typeof Tables>;

/** A row or column label as the report wrote it, kept so LABEL-VARIANT can compare it. */
export const FoundLabel = z.object({
  table: z.enum(['activeDisclosure', 'applications', 'reviewLitigation']),
  key: z.string(),
  raw: z.string(),
  at: CellRef,
});
export type FoundLabel = z.infer<typeof FoundLabel>;

export const Section = z.object({
  /** 1-6 for 一 … 六 */
  number: z.number().int().positive(),
  title: z.string(),
});
export type Section = z.infer<typeof Section>;

export const Period = z.object({ from: z.string(), to: z.string(), raw: z.string() });
export type Period = z.infer<typeof Period>;

/** A row read without its columns: how many values it had against how many columns its header names. */
export const UnalignedRow = FoundLabel.extend({ values: z.number().int().nonnegative(), columns: z.number().int().positive() });
export type UnalignedRow = z.infer<typeof UnalignedRow>;

/** The report as exported (SPEC §5 `report`). */
export const Report = z.object({
  format: Format,
  year: z.number().int().nullable(),
  organ: z.string().nullable(),
  title: z.string().nullable(),
  /** ISO date (YYYY-MM-DD) of publication, where the page shows one. */
  publishedAt: z.string().nullable(),
  /** The statistics period the text states, ISO dates. */
  period: Period.nullable(),
  sections: z.array(Section),
  tables: Tables,
  labels: z.array(FoundLabel),
});
export type Report = z.infer<typeof Report>;

/** What the rules read: the report plus its narrative text, which the export leaves out. */
export const ParsedReport = Report.extend({
  /** The text outside the tables, in reading order, paragraphs separated by "\n". */
  narrative: z.string(),
  /** Text of section 六 (其他需要报告的事项), '' when absent. */
  otherMatters: z.string(),
  /**
   * Rows whose label was read but whose values could not be tied to columns (fewer values than
   * the header has columns: a blank lost, two numbers run together). Left out of the tables.
   */
  unaligned: z.array(UnalignedRow).optional(),
  /**
   * `table.key` of every canonical row and column whose label appears somewhere on the page, read
   * or not: TABLE-MISSING blames the report only for what it never names. Absent: not looked for.
   */
  mentioned: z.array(z.string()).optional(),
});
export type ParsedReport = z.infer<typeof ParsedReport>;
