import { cellLabel, cellsOf, refKey, type AuditExport, type CellRef, type Finding, type VerdictStatus } from '../model';

const STATUS_ZH: Record<VerdictStatus, string> = {
  pass: '通过',
  warnings: '有警告',
  errors: '有错误',
  'not-a-report': '非年报页面',
  unreadable: '无法读取表格',
};
const SEVERITY_ZH: Record<Finding['severity'], string> = { error: '错误', warning: '警告', info: '提示' };
/** A finding such as CELL-BLANK can name a hundred cells; a terminal reader needs the first few. */
const MAX_CELLS_NAMED = 3;
const TABLE_ZH = { activeDisclosure: '表二', applications: '表三', reviewLitigation: '表四' } as const;

/** A reviewer's plain-Chinese reading of one audit, for the terminal. */
export function summarize(audit: AuditExport): string {
  const { report, verdict } = audit;
  const where = whereIs(audit);
  const head = [report.organ, report.year ? `${report.year}年` : null, report.format !== 'unknown' ? `格式 ${report.format}` : null]
    .filter(Boolean)
    .join(' · ');
  const c = verdict.counts;
  const out = [
    audit.source.url,
    `  ${head || report.title || '（未识别标题）'}`,
    `  结论：${STATUS_ZH[verdict.status]}（错误 ${c.error}，警告 ${c.warning}，提示 ${c.info}，待复核 ${c.review}）`,
  ];
  if (verdict.reason) out.push(`  ${verdict.status === 'not-a-report' || verdict.status === 'unreadable' ? '原因' : '说明'}：${verdict.reason.zh}`);
  for (const f of audit.findings) {
    const mark = f.outcome === 'review' ? '待复核' : SEVERITY_ZH[f.severity];
    const cells = f.cells.slice(0, MAX_CELLS_NAMED).map(where).join('，') +
      (f.cells.length > MAX_CELLS_NAMED ? ` 等 ${f.cells.length} 处` : '');
    const against = f.previous ? ` 〔对照：${f.previous.url}〕` : '';
    out.push(`  [${mark}] ${f.rule} ${f.message.zh}${cells ? `（${cells}）` : ''}${against}${f.dismissed ? ' 〔已忽略〕' : ''}`);
  }
  return out.join('\n');
}

/** Names a cell by its table, row and column labels where the report maps it, else by position. */
function whereIs(audit: AuditExport): (at: CellRef) => string {
  const names = new Map(
    cellsOf(audit.report).map(({ table, row, col, cell }) => [
      refKey(cell.at),
      `${TABLE_ZH[table]} ${cellLabel(table, row, col, audit.report.format)}`,
    ]),
  );
  return (at) => names.get(refKey(at)) ?? (at.line ? `第${at.line}行` : `表格${at.table + 1} 第${at.row + 1}行第${at.col + 1}列`);
}

/** One file's line in the table that ends a batch: what it is, its verdict and counts, what it was compared with. */
export interface SummaryRow {
  file: string;
  organ: string;
  year: string;
  status: string;
  counts: AuditExport['verdict']['counts'];
  previous: string;
}

export function summaryRow(audit: AuditExport, previous: string | null): SummaryRow {
  const { report, verdict } = audit;
  return {
    file: audit.source.url,
    organ: report.organ ?? '—',
    year: report.year === null ? '—' : String(report.year),
    status: STATUS_ZH[verdict.status],
    counts: verdict.counts,
    previous: previous ?? '—',
  };
}

// Terminals give CJK and full-width characters two columns.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const width = (s: string): number => s.length + (s.match(WIDE)?.length ?? 0);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

/** The table that ends a batch in the terminal: one line per file, columns aligned. */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const head = ['文件', '机构', '年度', '结论', '错误', '警告', '提示', '待复核', '对照上年报告'];
  const body = rows.map((r) => [r.file, r.organ, r.year, r.status, ...[r.counts.error, r.counts.warning, r.counts.info, r.counts.review].map(String), r.previous]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ');
  return ['汇总 (summary)', line(head), ...body.map(line)].join('\n');
}
