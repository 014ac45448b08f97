import { SECTION_TITLES, type Bilingual, type ParsedReport, type Section } from '../model';
import type { FindingDraft, Rule } from './rule';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const numeral = (n: number): string => NUMERALS[n - 1] ?? String(n);

/**
 * Which template section (0-5) a heading is, by its key words: reports reword headings
 * (「因政府信息公开申请行政复议、行政诉讼情况」), so exact titles would flag every other report.
 * Tried in this order because section 四's heading may itself mention 申请 or 公开.
 */
const KEYWORDS: [number, RegExp][] = [
  [3, /行政复议|行政诉讼/],
  [5, /其他需要报告|其他事项/],
  [4, /存在的?主要问题|改进情况/],
  [2, /申请/],
  [1, /主动公开/],
  [0, /总体情况/],
];

export const templateSection = (title: string): number | null =>
  KEYWORDS.find(([, re]) => re.test(title))?.[0] ?? null;

const heading = (s: Section): string => `${numeral(s.number)}、${s.title}`;
const TEMPLATE_EN = ['Overview', 'Proactive disclosure', 'Applications', 'Review and litigation', 'Problems and improvements', 'Other matters'];

function issues(sections: readonly Section[]): Bilingual[] {
  const out: Bilingual[] = [];
  const seen = new Set<number>();
  const matched: { s: Section; index: number }[] = [];
  for (const s of sections) {
    const index = templateSection(s.title);
    if (index === null || seen.has(index)) {
      out.push({
        zh: `章节「${heading(s)}」不在模板的六个章节之列，会使其后章节的编号与模板不符`,
        en: `Section "${heading(s)}" is not one of the template's six, which shifts the numbering of those after it`,
      });
      continue;
    }
    seen.add(index);
    matched.push({ s, index });
  }
  const missing = SECTION_TITLES.map((title, i) => ({ title, i })).filter(({ i }) => !seen.has(i));
  if (missing.length > 0) {
    out.push({
      zh: `缺少章节：${missing.map(({ title, i }) => `${numeral(i + 1)}、${title}`).join('；')}`,
      en: `Missing section(s): ${missing.map(({ i }) => `${i + 1}. ${TEMPLATE_EN[i]}`).join('; ')}`,
    });
  }
  if (matched.some((m, k) => k > 0 && m.index < matched[k - 1]!.index)) {
    out.push({
      zh: `章节顺序与模板不同：${matched.map((m) => heading(m.s)).join(' → ')}`,
      en: `Sections are not in the template's order: ${matched.map((m) => `${m.s.number}. ${TEMPLATE_EN[m.index]}`).join(' → ')}`,
    });
  }
  // An extra or missing section already explains shifted numbers; only report numbering on its own.
  const misnumbered = matched.filter((m) => m.s.number !== m.index + 1);
  if (out.length === 0 && misnumbered.length > 0) {
    out.push({
      zh: `章节编号与模板不符：${misnumbered.map((m) => `「${heading(m.s)}」应为「${numeral(m.index + 1)}」`).join('；')}`,
      en: `Section numbers differ from the template: ${misnumbered.map((m) => `${m.s.number} should be ${m.index + 1}`).join('; ')}`,
    });
  }
  return out;
}

export const sections: Rule = {
  id: 'SECTIONS',
  severity: 'warning',
  title: { zh: '六个章节', en: 'The six sections' },
  help: {
    zh: '正文应依次包含模板的六个章节：一、总体情况 二、主动公开政府信息情况 三、收到和处理政府信息公开申请情况 四、政府信息公开行政复议、行政诉讼情况 五、存在的主要问题及改进情况 六、其他需要报告的事项。按关键词识别章节标题；缺章、顺序颠倒、模板外的章节（会使编号错位）、编号不符都提示。未识别出任何章节时不适用。',
    en: 'The text must have the template\'s six sections in order (overview; proactive disclosure; applications; review and litigation; problems and improvements; other matters), recognised by key words. A missing section, a wrong order, an extra section (which shifts numbering) or wrong numbers are reported. Not applicable when no section heading was found.',
  },
  appliesTo: (r: ParsedReport) => r.sections.length > 0,
  check: (r) =>
    issues(r.sections).map(
      (message): FindingDraft => ({ rule: 'SECTIONS', severity: 'warning', outcome: 'fail', message, cells: [], related: [] }),
    ),
};
