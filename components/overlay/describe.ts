import { cellsOf, columnLabel, onThisPage, refKey, rowLabel, type AuditExport, type Cell, type Finding } from '../../lib/model';
import { quoted } from '../../lib/rules/labels';

/** A message lookup: the extension's i18n in the browser, a plain map in tests. */
export type Translate = (key: string, substitutions?: string | string[]) => string;
export type Lang = 'zh' | 'en';

export interface RelatedCell {
  label: string;
  raw: string;
}

/** Everything a tooltip says about one finding, as plain strings (rendered as text, never as HTML). */
export interface FindingText {
  id: string;
  heading: string;
  message: string;
  /** "应为 12 · 实为 11", when the rule computed a value. */
  values: string | null;
  /** The rule in words, for the rules that have a formula. */
  formula: string | null;
  /** The row or column every related cell shares ("（一）予以公开"), named once instead of in each label. */
  relatedGroup: string | null;
  related: RelatedCell[];
  relatedMore: number;
}

/** How many addends a tooltip lists before "…". */
export const RELATED_SHOWN = 8;

export interface CellInfo {
  row: string;
  col: string;
  cell: Cell;
}

/** Every cell the report maps, by position, with its official row / column label. */
export function cellIndex(audit: AuditExport): Map<string, CellInfo> {
  const { format } = audit.report;
  return new Map(
    cellsOf(audit.report).map(({ table, row, col, cell }) => [
      refKey(cell.at),
      { row: rowLabel(table, row, format), col: columnLabel(table, col, format), cell },
    ]),
  );
}

/** A value that is page text (an unreadable cell, a label) is shown as messages quote it: cut and isolated. */
const shown = (v: number | string): string => (typeof v === 'number' ? String(v) : quoted(v));

const formulaKey = (rule: string): string => `rule_${rule.replace(/[^A-Za-z0-9]/g, '_')}`;

export function describeFinding(f: Finding, index: Map<string, CellInfo>, lang: Lang, t: Translate): FindingText {
  const severity = f.outcome === 'review' ? t('overlay_outcome_review') : t(`overlay_severity_${f.severity}`);
  const values =
    f.expected !== undefined || f.actual !== undefined
      ? [
          f.expected !== undefined ? `${t('overlay_expected')} ${shown(f.expected)}` : null,
          f.actual !== undefined ? `${t('overlay_actual')} ${shown(f.actual)}` : null,
        ]
          .filter(Boolean)
          .join(' · ')
      : null;
  // getMessage answers '' for a key it does not know: the rules without a formula.
  const formula = t(formulaKey(f.rule)) || null;
  const infos = onThisPage(f.related).map((ref) => ({ ref, info: index.get(refKey(ref)) }));
  const known = infos.every((i) => i.info) && infos.length > 1;
  const sameRow = known && infos.every((i) => i.info!.row === infos[0]!.info!.row);
  const sameCol = known && !sameRow && infos.every((i) => i.info!.col === infos[0]!.info!.col);
  const related = infos.map(({ ref, info }): RelatedCell => {
    const raw = info?.cell.raw.trim() ?? '';
    const label = !info ? `#${ref.table + 1}:${ref.row + 1}/${ref.col + 1}` : sameRow ? info.col : sameCol ? info.row : `${info.row} / ${info.col}`;
    return { label, raw: raw === '' ? t('overlay_blank') : raw };
  });
  return {
    id: f.id,
    heading: `${severity} · ${f.rule}`,
    message: f.message[lang],
    values,
    formula,
    relatedGroup: sameRow ? infos[0]!.info!.row : sameCol ? infos[0]!.info!.col : null,
    related: related.slice(0, RELATED_SHOWN),
    relatedMore: Math.max(0, related.length - RELATED_SHOWN),
  };
}
