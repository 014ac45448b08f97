import {
  KIND_WORDS,
  cellsOf,
  columnName,
  kindOf,
  onThisPage,
  refKey,
  rowNameOf,
  type AuditExport,
  type Bilingual,
  type Cell,
  type Finding,
  type FindingKind,
} from '../../lib/model';
import type { browser } from 'wxt/browser';
import { quoted } from '../../lib/rules/labels';
import { ruleFormula, ruleTitle } from '../../lib/rules/catalogue';

/** A message lookup: the extension's i18n in the browser, a plain map in tests. */
export type Translate = (key: OverlayKey, substitutions?: string | string[]) => string;
/** The overlay's own message names, as WXT generated them from public/_locales: a typo is a type error. */
export type OverlayKey = Extract<Parameters<typeof browser.i18n.getMessage>[0], `overlay_${string}`>;
export type Lang = 'zh' | 'en';

export interface RelatedCell {
  label: string;
  raw: string;
}

/** Everything a tooltip says about one finding, as plain strings (rendered as text, never as HTML). */
export interface FindingText {
  id: string;
  kind: FindingKind;
  /** The rule's title and the finding's kind: 「表三行合计 · 错误」. */
  heading: string;
  /** The rule ID, shown second and small. */
  rule: string;
  message: string;
  /** The rule in words, for the rules that have a formula. */
  formula: string | null;
  /** The row or column every related cell shares ("（一）予以公开"), named once instead of in each label. */
  relatedGroup: string | null;
  /** The addends that explain the total: those that are not 0, with their values, first. */
  related: RelatedCell[];
  /** The addends folded after them: 「其余 11 项均为 0」, blanks counted apart. */
  relatedRest: string | null;
  relatedMore: number;
}

/** How many non-zero addends a tooltip lists before "…". */
export const RELATED_SHOWN = 8;

export interface CellInfo {
  row: Bilingual;
  col: Bilingual;
  cell: Cell;
}

/** Every cell the report maps, by position, with its row and column names (long labels shortened: they repeat here). */
export function cellIndex(audit: AuditExport): Map<string, CellInfo> {
  const { format } = audit.report;
  return new Map(
    cellsOf(audit.report).map(({ table, row, col, cell }) => [
      refKey(cell.at),
      { row: rowNameOf(table, row, format, true), col: columnName(table, col, format), cell },
    ]),
  );
}

/** A value that is page text (an unreadable cell, a label) is shown as messages quote it: cut and isolated. */
const isZero = (cell: Cell | undefined): boolean => cell?.kind === 'number' && cell.value === 0;
const isBlank = (cell: Cell | undefined): boolean => cell?.kind === 'blank' || cell?.kind === 'placeholder';

export function describeFinding(f: Finding, index: Map<string, CellInfo>, lang: Lang, t: Translate): FindingText {
  const kind = kindOf(f);
  const formula = ruleFormula(f.rule);
  // Cells of last year's report (cross-year rules) are not on this page: the message names them.
  const infos = onThisPage(f.related).map((ref) => ({ ref, info: index.get(refKey(ref)) }));
  const known = infos.every((i) => i.info) && infos.length > 1;
  const rowOf = (i: CellInfo) => i.row[lang];
  const colOf = (i: CellInfo) => i.col[lang];
  const sameRow = known && infos.every((i) => rowOf(i.info!) === rowOf(infos[0]!.info!));
  const sameCol = known && !sameRow && infos.every((i) => colOf(i.info!) === colOf(infos[0]!.info!));
  // The numbers that explain a failing total lead; the zeros and blanks are only counted.
  const zeros = infos.filter((i) => isZero(i.info?.cell)).length;
  const blanks = infos.filter((i) => isBlank(i.info?.cell)).length;
  const telling = infos.filter((i) => !isZero(i.info?.cell) && !isBlank(i.info?.cell));
  const related = telling.map(({ ref, info }): RelatedCell => {
    const label = !info ? `#${ref.table + 1}:${ref.row + 1}/${ref.col + 1}` : sameRow ? colOf(info) : sameCol ? rowOf(info) : `${rowOf(info)} / ${colOf(info)}`;
    return { label, raw: info ? quoted(info.cell.raw) : '' };
  });
  const rest = [
    zeros > 0 ? t(related.length > 0 ? 'overlay_others_zero' : 'overlay_all_zero', String(zeros)) : null,
    blanks > 0 ? t('overlay_others_blank', String(blanks)) : null,
  ].filter((s): s is string => !!s);
  return {
    id: f.id,
    kind,
    heading: `${ruleTitle(f.rule)[lang]} · ${KIND_WORDS[kind][lang]}`,
    rule: f.rule,
    message: f.message[lang],
    formula: formula ? formula[lang] : null,
    relatedGroup: sameRow ? rowOf(infos[0]!.info!) : sameCol ? colOf(infos[0]!.info!) : null,
    related: related.slice(0, RELATED_SHOWN),
    relatedRest: rest.length > 0 ? rest.join(lang === 'zh' ? '，' : ', ') : null,
    relatedMore: Math.max(0, related.length - RELATED_SHOWN),
  };
}
