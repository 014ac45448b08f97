import { looksLikeReportTitle } from '../detect';
import type { Bilingual, ParsedReport } from '../model';
import type { Built } from './build';
import { yearIn } from './dates';
import { organFromOpening, organFromTitle, periodIn } from './meta';
import { findSections, otherMattersText, signature } from './sections';

export type ParseOutcome =
  | { status: 'report'; report: ParsedReport; notes?: Bilingual[] }
  | { status: 'not-a-report'; reason: Bilingual; title: string | null }
  /** `unopened`: the file itself could not be read (a scan, a password, damage): no rule runs on nothing. */
  | { status: 'unreadable'; reason: Bilingual; report: ParsedReport; unopened?: true };

/** What each input form found about the page besides its tables, best candidate first. */
export interface PageFacts {
  title: string | null;
  /**
   * Bodies named around the title, in a metadata cell, …: the first non-null wins after the title's
   * own, then the signature's, then one an opening sentence names (「2020年，拱宸桥街道政务公开工作…」).
   */
  organs: (string | null)[];
  /** Publication dates from the page's metadata, before the signature's. */
  dates: (string | null)[];
  /** The article's text lines, tables left out. */
  lines: string[];
  /** Index of the title line in `lines`, -1 when the title is not among them. */
  titleIndex: number;
  notes: Bilingual[];
}

const OPENING_LINES = 5;
const TITLE_PREFIX = /^\s*(?:标题|题名|名称|文件名称|标\s*题)\s*[:：]\s*/;

/** The report year: the title's, else the stated period's, else the year an opening line starts with. */
function reportYear(facts: PageFacts, periodFrom: string | undefined): number | null {
  const fromTitle = facts.title ? yearIn(facts.title) : null;
  if (fromTitle !== null) return fromTitle;
  if (periodFrom) return Number(periodFrom.slice(0, 4));
  const opening = facts.lines.slice(facts.titleIndex + 1, facts.titleIndex + 1 + OPENING_LINES);
  const line = opening.find((l) => /^\s*(?:19|20)\d{2}\s*年/.test(l));
  return line ? yearIn(line) : null;
}

const NOT_A_REPORT: Bilingual = {
  zh: '本页不是政府信息公开工作年度报告：标题与表格都不符合年度报告的特征',
  en: 'This page is not a government information disclosure annual report: neither its title nor its tables match one',
};
const UNREADABLE: Bilingual = {
  zh: '识别为政府信息公开工作年度报告，但未找到表二、表三、表四',
  en: 'Recognised as a government information disclosure annual report, but tables 2, 3 and 4 were not found',
};

const withNotes = (reason: Bilingual, notes: Bilingual[]): Bilingual =>
  notes.length === 0
    ? reason
    : { zh: [reason.zh, ...notes.map((n) => n.zh)].join('；'), en: [reason.en, ...notes.map((n) => n.en)].join('; ') };

/** Puts tables and page facts together into the outcome every caller sees. */
export function outcomeOf(built: Built, facts: PageFacts, mentioned: string[]): ParseOutcome {
  const { lines } = facts;
  const found = findSections(lines);
  const sig = signature(lines);
  const period = periodIn(lines);
  // A page's own label for the field (「标题：」) is not part of the title, nor of the organ named in it.
  const title = facts.title?.replace(TITLE_PREFIX, '').trim() || null;
  const report: ParsedReport = {
    format: built.format,
    year: reportYear(facts, period?.from),
    organ:
      (title ? organFromTitle(title) : null) ??
      [...facts.organs, sig?.organ ?? null].find((o) => o) ??
      organFromOpening(lines, facts.titleIndex + 1, (found[0]?.index ?? facts.titleIndex + OPENING_LINES) + 2),
    title,
    publishedAt: [...facts.dates, sig?.date ?? null].find((d) => d) ?? null,
    period,
    sections: found.map(({ number, title: t }) => ({ number, title: t })),
    tables: built.tables,
    labels: built.labels,
    narrative: lines.join('\n'),
    otherMatters: otherMattersText(lines, found),
    unaligned: built.unaligned,
    mentioned,
  };
  const notes = [...facts.notes, ...built.notes];
  const { activeDisclosure, applications, reviewLitigation } = built.tables;
  if (activeDisclosure || applications || reviewLitigation) {
    return notes.length > 0 ? { status: 'report', report, notes } : { status: 'report', report };
  }
  // Without tables, only a titled report (with a year, or with its sections) is a report we could not read.
  const titled = title !== null && looksLikeReportTitle(title) && (yearIn(title) !== null || found.length >= 3);
  if (titled || found.filter((s) => s.number <= 6).length >= 4) {
    return { status: 'unreadable', reason: withNotes(UNREADABLE, notes), report };
  }
  return { status: 'not-a-report', reason: withNotes(NOT_A_REPORT, notes), title };
}

export function failed(error: unknown): ParseOutcome {
  const detail = error instanceof Error ? error.message : String(error);
  return {
    status: 'not-a-report',
    reason: { zh: `解析页面时出错：${detail}`, en: `The page could not be parsed: ${detail}` },
    title: null,
  };
}

/** Said whenever the size guard left part of the input unread, so no data is lost silently. */
export const truncationNote = (limit: number, what: 'table' | 'text'): Bilingual =>
  what === 'table'
    ? {
        zh: `有表格超过 ${limit} 行，超出部分未读取（年度报告的表格不会这么大）`,
        en: `A table has more than ${limit} rows; the rest was not read (a report's tables are never this large)`,
      }
    : { zh: `文本超过 ${limit} 行，超出部分未读取`, en: `The text has more than ${limit} lines; the rest was not read` };
