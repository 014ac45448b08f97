import { verdictShown, type AuditExport, type Format, type VerdictShown, type VerdictStatus } from '../../lib/model';
import type { HistoryEntry, Via } from '../../utils/history/entry';
import { matchesText } from '../workflow/table';

/** One row of the history page. */
export interface HistoryRow {
  key: string;
  url: string;
  title: string;
  organ: string | null;
  year: number | null;
  format: Format;
  status: VerdictStatus;
  /** The verdict as every surface names it (待复核 for warnings that are only open questions). */
  shown: VerdictShown;
  errors: number;
  warnings: number;
  auditedAt: string;
  via: Via;
}

export type HistorySortKey = 'organ' | 'year' | 'format' | 'status' | 'errors' | 'warnings' | 'auditedAt';

/** A row from an entry and its export as seen (dismissals applied, cross-year findings counted). */
export const historyRow = (entry: HistoryEntry, seen: AuditExport): HistoryRow => {
  const { source, report, verdict } = seen;
  return {
    key: entry.key,
    url: source.url,
    title: report.title ?? source.title,
    organ: report.organ,
    year: report.year,
    format: report.format,
    status: verdict.status,
    shown: verdictShown(verdict),
    errors: verdict.counts.error,
    warnings: verdict.counts.warning + verdict.counts.review,
    auditedAt: source.auditedAt,
    via: entry.via,
  };
};

const STATUS_ORDER: Record<VerdictStatus, number> = { errors: 0, warnings: 1, unreadable: 2, pass: 3, 'not-a-report': 4 };

export const historyValue = (row: HistoryRow, key: HistorySortKey): string | number | null =>
  key === 'status' ? STATUS_ORDER[row.status] : row[key];

export interface HistoryFilter {
  organ: string;
  /** '' for every year. */
  year: string;
  /** '' for every verdict. */
  status: string;
  text: string;
}

export const NO_FILTER: HistoryFilter = { organ: '', year: '', status: '', text: '' };

export function filterRows(rows: readonly HistoryRow[], f: HistoryFilter): HistoryRow[] {
  return rows.filter(
    (r) =>
      (!f.organ || r.organ === f.organ) &&
      (!f.year || String(r.year ?? '') === f.year) &&
      (!f.status || r.status === f.status) &&
      matchesText([r.organ, r.title, r.url, r.year === null ? '' : String(r.year)], f.text),
  );
}

/** The choices of the organ and year filters: what the history holds, sorted. */
export function filterChoices(rows: readonly HistoryRow[]): { organs: string[]; years: number[] } {
  const organs = [...new Set(rows.flatMap((r) => (r.organ ? [r.organ] : [])))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const years = [...new Set(rows.flatMap((r) => (r.year === null ? [] : [r.year])))].sort((a, b) => b - a);
  return { organs, years };
}
