import type { AuditRecord, ReportRef } from '../model';
import { compareNarratives, type SectionComparison } from './narrative';
import { compareTables, type TablePair } from './tables';

export type { AlignedRow, MarkedSentence, Part, SectionComparison } from './narrative';
export type { RowPair, TablePair, ValuePair } from './tables';
export { compareNarratives } from './narrative';
export { compareTables } from './tables';
export { FIXED_SENTENCES, sentenceKey, sentencesOf } from './sentences';

/** What the comparison view shows: a report beside the same body's report of the year before. */
export interface YearComparison {
  current: ReportRef;
  previous: ReportRef;
  tables: TablePair[];
  narrative: SectionComparison[];
  /** Of this year's counted characters (fixed sentences left out), the share repeated from last year; null when none count. */
  share: number | null;
}

const named = (r: AuditRecord): ReportRef => ({
  url: r.export.source.url,
  year: r.export.report.year,
  organ: r.export.report.organ,
});

/** Pure; `previous` is the report lib/match paired with `current` (see `yearPairs`). */
export function compareYears(current: AuditRecord, previous: AuditRecord): YearComparison {
  const narrative = compareNarratives(current.narrative, previous.narrative);
  const counted = narrative.reduce((s, n) => s + n.counted, 0);
  const repeated = narrative.reduce((s, n) => s + n.repeated, 0);
  return {
    current: named(current),
    previous: named(previous),
    tables: compareTables(current.export.report, previous.export.report),
    narrative,
    share: counted === 0 ? null : repeated / counted,
  };
}
