import { looksLikeReportTitle } from '../detect';
import { normaliseInline } from '../grid/normalize';
import type { Bilingual } from '../model';
import { pageDate } from './dates';
import { compact } from './labels';
import { metadataLines, organLine, stripSiteSuffix, titleFromLines } from './meta';
import type { PageFacts } from './report';
import type { PageSnapshot } from '../snapshot/schema';
import type { SRow } from './stream';

const ORGAN_LABEL = /^(发布机构|发文机关|发布单位|发文单位|发布部门|信息来源|来源)$/;
const DATE_LABEL = /^(发布日期|成文日期|公开日期|发文日期|发布时间|生成日期)$/;
const TITLE_LABEL = /^(名称|标题|文件名称)$/;
const DATE_IN_TEXT = /(?:发布日期|发布时间|成文日期|公开日期|发文日期)[:：]\s*([0-9０-９年月日\-/.\s]{8,20})/;

/** The value beside a metadata label (索引号/发布机构/发布日期 tables), or after 「发布机构：」 in one cell. */
function metadataValue(rows: SRow[], label: RegExp): string | null {
  for (const row of rows) {
    for (let i = 0; i < row.cells.length; i++) {
      const cell = row.cells[i]!;
      const [name, ...rest] = cell.text.split(/[:：]/);
      if (rest.length > 0 && label.test(compact(name!)) && rest.join(':').trim()) return rest.join(':').trim();
      if (!label.test(cell.core)) continue;
      const value = row.cells[i + 1]?.text.trim();
      if (value) return value;
    }
  }
  return null;
}

/** The first date written after 「发布日期：」 (and the like) in the text that reads as a date. */
function firstTextDate(blocks: readonly string[]): string | undefined {
  for (const block of blocks) {
    const date = DATE_IN_TEXT.exec(block)?.[1];
    if (date && pageDate(date)) return date;
  }
  return undefined;
}

/**
 * What a page says about the report besides its tables. Title: a heading that names the report,
 * else the metadata table's 名称, else the page title without the site's name, else the article's
 * first lines. Organ and date candidates in the order the brief ranks them. `heading`: the index of
 * the blocks' first section heading (`firstHeading`), `lines`: the article's (`articleLines`).
 */
export function pageFacts(page: Pick<PageSnapshot, 'title' | 'heading' | 'metaDate'>, rows: SRow[], blocks: string[], heading: number | undefined, lines: string[], notes: Bilingual[]): PageFacts {
  const fromLines = titleFromLines(lines);
  const pageTitle = stripSiteSuffix(normaliseInline(page.title));
  const metaTitle = metadataValue(rows, TITLE_LABEL);
  const title =
    (page.heading === null ? null : normaliseInline(page.heading)) ??
    (metaTitle && looksLikeReportTitle(metaTitle) ? metaTitle : null) ??
    (looksLikeReportTitle(pageTitle) ? pageTitle : null) ??
    fromLines.title ??
    (pageTitle || null);
  const titleIndex = title ? lines.indexOf(title) : -1;
  const metaOrgan = metadataValue(rows, ORGAN_LABEL);
  const textDate = firstTextDate(blocks);
  // 「发布机构：XX局」 or 「来源：XX局」 written above the article rather than in a table.
  const textMeta = metadataLines(blocks, heading ?? Math.min(blocks.length, 20));
  return {
    title,
    organs: [fromLines.organ, metaOrgan && (organLine(metaOrgan) ?? metaOrgan), textMeta.organ],
    dates: [pageDate(metadataValue(rows, DATE_LABEL) ?? ''), page.metaDate === null ? null : pageDate(page.metaDate), textDate ? pageDate(textDate) : null],
    lines,
    titleIndex: titleIndex >= 0 ? titleIndex : fromLines.index,
    notes,
  };
}
