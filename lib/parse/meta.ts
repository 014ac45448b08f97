import { looksLikeReportTitle } from '../detect';
import type { Period } from '../model';
import { toSimplified } from './hant';
import { isoDate, pageDate, yearIndex } from './dates';

// Separators sites put between the report's title and their own name.
const TITLE_SEPARATOR = /\s*(?:[-_|－—–]+|\s{2,})\s*/;

/** The report's title out of a page title such as 「…年度报告-沭阳县发改局」. */
export function stripSiteSuffix(pageTitle: string): string {
  const parts = pageTitle.split(TITLE_SEPARATOR).map((p) => p.trim()).filter(Boolean);
  return parts.find(looksLikeReportTitle) ?? pageTitle.trim();
}

/** The body named before the year in a title: 「沭阳县发展和改革局2023年…」 → 沭阳县发展和改革局. */
export function organFromTitle(title: string): string | null {
  const simple = toSimplified(title);
  const year = yearIndex(simple);
  const cut = year >= 0 ? year : simple.search(/政府信息公开|政务公开|信息公开/);
  if (cut <= 0) return null;
  const organ = title
    .slice(0, cut)
    .replace(/(关于|的|[（(【[])+$/, '')
    .replace(/^[（(【[]/, '')
    .trim();
  return organ.length >= 2 ? organ : null;
}

/** A line that names a body on its own: 「（上海市嘉定区外冈镇人民政府）」 or 「余姚市陆埠镇人民政府」. */
export function organLine(line: string): string | null {
  const t = line.trim().replace(/^[（(](.*)[)）]$/, '$1').trim();
  if (t.length < 2 || t.length > 30 || /[。，,；;：:\d]/.test(t)) return null;
  return /(政府|局|委员会|委|办公室|厅|院|署|中心|街道|办事处|镇|乡|部|会|处|所|站|队)$/.test(t) ? t : null;
}

export interface TitleLines {
  title: string | null;
  /** Index of the (last) title line. */
  index: number;
  /** A body named on a line of its own next to the title. */
  organ: string | null;
}

/** The report title among the first lines of a text: one line, or two when it is broken (「…公开工作」「年度报告」). */
export function titleFromLines(lines: readonly string[], look = 8): TitleLines {
  for (let i = 0; i < Math.min(lines.length, look); i++) {
    const line = lines[i]!;
    const next = lines[i + 1] ?? '';
    if (!looksLikeReportTitle(line) && looksLikeReportTitle(next)) {
      const organ = organLine(line);
      if (organ) return { title: next.trim(), index: i + 1, organ };
    }
    if (looksLikeReportTitle(line)) return { title: line.trim(), index: i, organ: organLine(next) };
    // Joined only when neither half is a title alone nor a labelled field (「发布日期：…」 above the title).
    if (next && line.length <= 40 && !looksLikeReportTitle(next) && !/[:：]/.test(line) && looksLikeReportTitle(line + next)) return { title: (line + next).trim(), index: i + 1, organ: null };
  }
  return { title: null, index: -1, organ: null };
}

const PERIOD = new RegExp(
  '(?:时限|期限|统计|所列数据|期间|时间)[^。；\\n]{0,20}?' +
    '((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日\\s*(?:起)?\\s*[，,、]?\\s*(?:至|到|—|－|-|~|～)\\s*' +
    '(?:((?:19|20)\\d{2})\\s*年)?\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日(?:止)?',
);

/** The statistics period the text states (「时限自2020年1月1日起，至2020年12月31日止」). */
export function periodIn(lines: readonly string[]): Period | null {
  for (const line of lines) {
    const m = PERIOD.exec(line);
    if (!m) continue;
    const from = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    const to = isoDate(Number(m[4] ?? m[1]), Number(m[5]), Number(m[6]));
    if (from && to) return { from, to, raw: m[0] };
  }
  return null;
}

// A body as an opening sentence names it: 「2020年，拱宸桥街道政务公开工作在…」, 「2023年，XX局认真贯彻…」.
const OPENING_ORGAN = new RegExp(
  '^\\s*(?:(?:19|20)\\d{2}|[〇零○一二三四五六七八九]{4})\\s*年(?:度|以来)?[，,]?\\s*' +
    '([\\u4e00-\\u9fa5]{1,24}?(?:人民政府|政府|办事处|街道|镇|乡|局|委员会|办公室|厅|中心|管委会))' +
    '(?:政务公开|政府信息公开|信息公开|认真|坚持|积极|深入|严格|全面|按照|紧紧|紧扣|始终|高度|持续|进一步|扎实|不断)',
);
const NOT_A_NAME = /^(我|本|全|各|上级|市委|区委|县委)/;

/**
 * The body an opening sentence names, when the title, headings, metadata and signature name none:
 * searched from the title to the first lines of section 一, a sentence that starts with the year.
 */
export function organFromOpening(lines: readonly string[], from: number, to: number): string | null {
  for (const line of lines.slice(Math.max(0, from), Math.max(0, to))) {
    const simple = toSimplified(line);
    const m = OPENING_ORGAN.exec(simple);
    const organ = m?.[1];
    if (!m || !organ || organ.length < 2 || NOT_A_NAME.test(organ)) continue;
    // toSimplified maps character for character: the name as written is at the same offset.
    const at = m.index + m[0].lastIndexOf(organ);
    return line.slice(at, at + organ.length);
  }
  return null;
}

const ORGAN_LINE_LABEL = /^\s*(?:发布机构|发文机关|发布单位|发文单位|发布部门|信息来源|来源)\s*[:：]\s*(.+?)\s*$/;
const DATE_LINE_LABEL = /^\s*(?:发布日期|成文日期|公开日期|发文日期|发布时间)\s*[:：]\s*(.+?)\s*$/;

/**
 * 「发布机构：XX局」「发布日期：2024-01-20」 lines of a text copy of a page, read before the first
 * section heading only: a 来源 line inside the report (a quoted news item) names no publisher.
 * A 来源 value counts only when it reads as a body's name (not 「新华社」).
 */
export function metadataLines(lines: readonly string[], end: number): { organ: string | null; date: string | null } {
  let organ: string | null = null;
  let date: string | null = null;
  for (const line of lines.slice(0, Math.max(0, end))) {
    // One line may carry several fields: 「发布时间：2024-01-20 09:30  来源：XX局」.
    for (const part of line.split(/\s{2,}|\s+(?=[\u4e00-\u9fa5]{2,4}\s*[:：])/)) {
      const o = ORGAN_LINE_LABEL.exec(part);
      if (o && !organ) {
        const label = part.trim().slice(0, 2);
        organ = label === '来源' || label === '信息' ? organLine(o[1]!) : organLine(o[1]!) ?? o[1]!;
      }
      const d = DATE_LINE_LABEL.exec(part);
      if (d && !date) date = pageDate(d[1]!);
    }
  }
  return { organ, date };
}
