import { withPrevious } from '../../lib/audit';
import { yearPairs, type Pairing } from '../../lib/match';
import type { AuditExport } from '../../lib/model';
import type { HistoryEntry, StoredBody, StoredCorrection } from './entry';

/** A history entry's report of the year before (same body), and why the two were paired. */
export interface YearLink {
  /** History key of the earlier report. */
  previous: string;
  pairing: Pairing;
}

/** History key → its predecessor, for every entry whose body's report of the year before is in the history. */
export type YearLinks = ReadonlyMap<string, YearLink>;

/** Pairs the history's reports by body and year (lib/match), with the reviewer's corrections: from its entries, or just their bodies. */
export function yearLinks(entries: readonly (HistoryEntry | StoredBody)[], corrections: readonly StoredCorrection[]): YearLinks {
  const keyOf = new Map(entries.map((e) => [e.record.export.source.url, e.key]));
  const pairs = yearPairs(
    entries.map((e) => e.record),
    corrections.map(({ a, b, same }) => ({ a, b, same })),
  );
  return new Map(
    pairs.flatMap((p) => {
      const key = keyOf.get(p.current.export.source.url);
      const previous = keyOf.get(p.previous.export.source.url);
      return key && previous ? [[key, { previous, pairing: p.pairing }] as const] : [];
    }),
  );
}

/** The key of the predecessor cross-year rules may use: a pairing the names settle or a person confirmed. */
export function confirmedPreviousKey(key: string, links: YearLinks): string | null {
  const link = links.get(key);
  return link?.pairing.same ? link.previous : null;
}

/** The predecessor cross-year rules may use, among entries already read. */
export function confirmedPrevious(key: string, byKey: ReadonlyMap<string, HistoryEntry>, links: YearLinks): HistoryEntry | null {
  const previous = confirmedPreviousKey(key, links);
  return previous === null ? null : (byKey.get(previous) ?? null);
}

/** An entry's export as the reviewer sees it: dismissals applied, cross-year findings added when last year's report is known. */
export function seenExport(entry: HistoryEntry, byKey: ReadonlyMap<string, HistoryEntry>, links: YearLinks): AuditExport {
  return withPrevious(entry.record, confirmedPrevious(entry.key, byKey, links)?.record ?? null);
}

/** Rule ids whose findings compare two years (SPEC §4). */
export const CROSS_YEAR_RULES = new Set(['CARRY-XYEAR', 'T2-STOCK-XYEAR', 'TEXT-REUSE']);
