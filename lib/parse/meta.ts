import { looksLikeReportTitle } from '../detect';
import type { Period } from '../model';
import { toSimplified } from './hant';
import { isoDate, yearIndex } from './dates';

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
    if (next && line.length <= 40 && looksLikeReportTitle(line + next)) return { title: (line + next).trim(), index: i + 1, organ: null };
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
