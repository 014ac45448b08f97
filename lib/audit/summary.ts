import {
  FINDING_KINDS,
  formatName,
  KIND_WORDS,
  VERDICT_WORDS,
  kindOf,
  verdictShown,
  type AuditExport,
} from '../model';
import { ruleTitle } from '../rules/catalogue';
import { cellNamer } from './where';

/** A finding such as CELL-BLANK can name a hundred cells; a terminal reader needs the first few. */
const MAX_CELLS_NAMED = 3;

/** A reviewer's plain-Chinese reading of one audit, for the terminal: the popup's words, the popup's order. */
export function summarize(audit: AuditExport): string {
  const { report, verdict } = audit;
  const name = cellNamer(audit);
  const head = [report.organ, report.year ? `${report.year}年` : null, report.format !== 'unknown' ? formatName(report.format).zh : null]
    .filter(Boolean)
    .join(' · ');
  const c = verdict.counts;
  const counts = FINDING_KINDS.map((k) => `${KIND_WORDS[k].zh} ${c[k]}`).join('，');
  const out = [
    audit.source.url,
    `  ${head || report.title || '（未识别标题）'}`,
    `  结论：${VERDICT_WORDS[verdictShown(verdict)].zh}（${counts}）`,
  ];
  if (verdict.reason) out.push(`  ${verdict.status === 'not-a-report' || verdict.status === 'unreadable' ? '原因' : '说明'}：${verdict.reason.zh}`);
  // Grouped as the popup groups them: outcome before severity.
  for (const kind of FINDING_KINDS) {
    for (const f of audit.findings.filter((x) => kindOf(x) === kind)) {
      const cells = f.cells.slice(0, MAX_CELLS_NAMED).map((at) => name(at).zh).join('，') +
        (f.cells.length > MAX_CELLS_NAMED ? ` 等 ${f.cells.length} 处` : '');
      const against = f.previous ? ` 〔对照：${f.previous.url}〕` : '';
      out.push(`  [${KIND_WORDS[kind].zh}] ${ruleTitle(f.rule).zh}（${f.rule}）：${f.message.zh}${cells ? `（${cells}）` : ''}${against}${f.dismissed ? ' 〔已忽略〕' : ''}`);
    }
  }
  return out.join('\n');
}

/** One file's line in the table that ends a batch: what it is, its verdict and counts, what it was compared with. */
export interface SummaryRow {
  file: string;
  organ: string;
  year: string;
  verdict: string;
  counts: AuditExport['verdict']['counts'];
  previous: string;
}

export function summaryRow(audit: AuditExport, previous: string | null): SummaryRow {
  const { report, verdict } = audit;
  return {
    file: audit.source.url,
    organ: report.organ ?? '—',
    year: report.year === null ? '—' : String(report.year),
    verdict: VERDICT_WORDS[verdictShown(verdict)].zh,
    counts: verdict.counts,
    previous: previous ?? '—',
  };
}

// Terminals give CJK and full-width characters two columns.
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const width = (s: string): number => s.length + (s.match(WIDE)?.length ?? 0);
const pad = (s: string, n: number): string => s + ' '.repeat(Math.max(0, n - width(s)));

/** The table that ends a batch in the terminal: one line per file, columns aligned, counts in the popup's order. */
export function summaryTable(rows: readonly SummaryRow[]): string {
  const head = ['文件', '机构', '年度', '结论', ...FINDING_KINDS.map((k) => KIND_WORDS[k].zh), '对照上年报告'];
  const body = rows.map((r) => [r.file, r.organ, r.year, r.verdict, ...FINDING_KINDS.map((k) => String(r.counts[k])), r.previous]);
  const widths = head.map((h, i) => Math.max(width(h), ...body.map((b) => width(b[i]!))));
  const line = (cells: string[]) => cells.map((c, i) => (i === cells.length - 1 ? c : pad(c, widths[i]!))).join('  ');
  return ['汇总 (summary)', line(head), ...body.map(line)].join('\n');
}
