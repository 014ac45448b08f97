import type { Batch, BatchItem, Failure } from '../../utils/column/batch';
import { verdictShown, type AuditExport, type VerdictShown, type VerdictStatus } from '../../lib/model';
import { t } from '../workflow/i18n';

/** One row of the column summary: a report the column lists, audited or failed. */
export interface ColumnRow {
  url: string;
  name: string;
  state: BatchItem['state'];
  failure: Failure | null;
  key: string | null;
  organ: string | null;
  year: number | null;
  status: VerdictStatus | null;
  /** The verdict as every surface names it. */
  shown: VerdictShown | null;
  errors: number | null;
  warnings: number | null;
}

export type ColumnSortKey = 'name' | 'organ' | 'year' | 'status' | 'errors' | 'warnings';

/** Rows from the batch and each audited report's export as seen (cross-year findings counted). */
export function columnRows(batch: Batch, seen: ReadonlyMap<string, AuditExport>): ColumnRow[] {
  return batch.items.map((item) => {
    const audit = item.key ? seen.get(item.key) : undefined;
    return {
      url: item.url,
      name: item.name,
      state: item.state,
      failure: item.failure ?? null,
      key: item.key ?? null,
      organ: audit?.report.organ ?? null,
      year: audit?.report.year ?? null,
      status: audit?.verdict.status ?? null,
      shown: audit ? verdictShown(audit.verdict) : null,
      errors: audit ? audit.verdict.counts.error : null,
      warnings: audit ? audit.verdict.counts.warning + audit.verdict.counts.review : null,
    };
  });
}

// Worst first when sorted by verdict.
const STATUS_ORDER: Record<VerdictStatus, number> = { errors: 0, warnings: 1, unreadable: 2, pass: 3, 'not-a-report': 4 };

export const columnValue = (row: ColumnRow, key: ColumnSortKey): string | number | null =>
  key === 'status' ? (row.status === null ? null : STATUS_ORDER[row.status]) : row[key];

/** Why a linked page gave no audit, in words. */
export function failureText(f: Failure): string {
  switch (f.kind) {
    case 'http':
      return t('wf_fail_http', f.status ?? '?');
    case 'not-html':
      return t('wf_fail_not_html', f.detail ?? '');
    case 'network':
      return t('wf_fail_network', f.detail ?? '');
    case 'offsite':
      return t('wf_fail_offsite', f.detail ?? '');
    case 'timeout':
      return t('wf_fail_timeout');
    case 'too-large':
      return t('wf_fail_too_large');
    case 'not-a-report':
      return t('wf_fail_not_a_report');
  }
}
