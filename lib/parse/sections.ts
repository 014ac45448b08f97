import type { Section } from '../model';
import { dateLine } from './dates';
import { core, t3RowKey } from './labels';
import { toSimplified } from './hant';
import { NUMERALS, numeralValue } from './numerals';

const HEADING = new RegExp(`^([${NUMERALS}]{1,3})[、.．]\\s*(.+)$`);
// HEADING's numbering, which fits in a line's first four characters: most lines are prose, and
// simplifying only their start tells them apart (toSimplified maps character for character).
const NUMBERED_START = new RegExp(`^[${NUMERALS}]{1,3}[、.．]`);
// The six sections' titles, by number; reports word them a little differently (改进情况/整改措施).
const KNOWN: readonly RegExp[] = [
  /总体情况|基本情况|概述/,
  /主动公开/,
  /收到和处理|依申请公开/,
  /行政复议|行政诉讼/,
  /存在的主要问题|改进情况|整改/,
  /其他需要报告/,
];
const MAX_HEADING = 30;
const NOT_A_SIGNER = /^(无|暂无|没有|联系|地址|电话|邮编|邮箱|传真|附件)/;

export interface FoundSection extends Section {
  /** Index of the heading line. */
  index: number;
}

/**
 * The report's section headings (一、… 六、) in document order. A heading whose title is the
 * known title of its number always counts; otherwise only a short heading line numbered next in
 * sequence does, so numbered list items inside a section (「一、进一步学习贯彻新条例。…」) do not.
 */
export function findSections(lines: readonly string[]): FoundSection[] {
  const found: FoundSection[] = [];
  lines.forEach((line, index) => {
    if (!NUMBERED_START.test(toSimplified(line.slice(0, 4)))) return;
    const m = HEADING.exec(toSimplified(line));
    if (!m) return;
    const number = numeralValue(m[1]!);
    // A heading may run on into its first sentence: 「一、总体情况。2023年，…」.
    const title = m[2]!.split(/[。：:]/)[0]!.trim();
    if (!title || title.length > MAX_HEADING) return;
    const last = found.at(-1)?.number ?? 0;
    const ownTitle = KNOWN[number - 1]?.test(title) ?? false;
    // A table 3 row label on a line of its own (「四、结转下年度继续办理」 in a PDF's text) is no section.
    const heading = title === m[2]!.trim() && !/[，,；;]/.test(title) && t3RowKey(core(title.replace(/[\s\d]+$/, ''))) === null;
    // Titles as written: toSimplified maps character for character, so offsets carry over.
    const written = line.slice(line.length - m[2]!.length).split(/[。：:]/)[0]!.trim();
    if (ownTitle || (number === last + 1 && heading)) found.push({ number, title: written, index });
  });
  return found;
}

/** Index of the first section heading among the lines, if there is one. */
export const firstHeading = (lines: readonly string[]): number | undefined => findSections(lines)[0]?.index;

const isOtherMatters = (s: FoundSection): boolean => /其他需要报告/.test(toSimplified(s.title));

/** Text of the 其他需要报告的事项 section, without the signature that may close the report. */
export function otherMattersText(lines: readonly string[], sections: readonly FoundSection[]): string {
  const i = sections.findIndex(isOtherMatters);
  if (i < 0) return '';
  const end = sections[i + 1]?.index ?? lines.length;
  const body = lines.slice(sections[i]!.index + 1, end);
  const sig = signature(body);
  return (sig ? body.slice(0, sig.index) : body).join('\n');
}

/** The dated signature closing a report (「外冈镇人民政府办公室」「2021年1月18日」), searched in the last lines. */
export function signature(lines: readonly string[]): { index: number; organ: string | null; date: string } | null {
  for (let i = lines.length - 1; i >= Math.max(0, lines.length - 4); i--) {
    const date = dateLine(lines[i]!);
    if (!date) continue;
    const prev = lines[i - 1]?.trim() ?? '';
    // Not a body: 「无」 closing section 六, a 联系单位/电话 line, a numbered item.
    const organ =
      prev.length >= 2 && prev.length <= 30 && !/[。，,；;：:]/.test(prev) && !HEADING.test(prev) && !/^\d/.test(prev) && !NOT_A_SIGNER.test(prev)
        ? prev.replace(/^[（(](.*)[)）]$/, '$1').trim()
        : null;
    return { index: organ ? i - 1 : i, organ, date };
  }
  return null;
}

/** The text under each heading (and before the first), a closing signature left out: the narrative by section. */
export function sectionBodies(lines: readonly string[]): { number: number; title: string; text: string }[] {
  const found = findSections(lines);
  const sig = signature(lines);
  const end = sig && sig.index >= (found.at(-1)?.index ?? -1) + 1 ? sig.index : lines.length;
  const starts = [{ number: 0, title: '', index: -1 }, ...found];
  return starts
    .map((s, i) => ({
      number: s.number,
      title: s.title,
      text: lines.slice(s.index + 1, Math.min(starts[i + 1]?.index ?? end, end)).join('\n'),
    }))
    .filter((s) => s.number > 0 || s.text !== '');
}
