import {
  FINDING_KINDS,
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
  const head = [report.organ, report.year ? `${report.year}年` : null, report.format !== 'unknown' ? `格式 ${report.format}` : null]
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
      out.push(`  [${KIND_WORDS[kind].zh}] ${ruleTitle(f.rule).zh}（${f.rule}）：${f.message.zh}${cells ? `（${cells}）` : ''}${f.dismissed ? ' 〔已忽略〕' : ''}`);
    }
  }
  return out.join('\n');
}
