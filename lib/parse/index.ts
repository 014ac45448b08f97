import { tablesWithGrids } from '../grid/html';
import { normaliseInline } from '../grid/normalize';
import { scanText } from '../grid/text';
import type { Bilingual } from '../model';
import { buildTables } from './build';
import { pageDate } from './dates';
import { findTables } from './find';
import { compact } from './labels';
import { organLine, stripSiteSuffix, titleFromLines } from './meta';
import { looksLikeReportTitle } from '../detect';
import { articleLines, textBlocks } from './narrative';
import { failed, outcomeOf, truncationNote, type ParseOutcome } from './report';
import { MAX_ROWS_PER_TABLE, streamRows, type SRow } from './stream';

export type { ParseOutcome } from './report';

/** Parses a text version of a report: the seeds' tab-led form, `innerText`, or `|` rows. Never throws. */
export function parseText(text: string): ParseOutcome {
  try {
    const scan = scanText(typeof text === 'string' ? text : '');
    const { rows, skippedRows } = streamRows(scan.grids);
    const built = buildTables(findTables(rows), false);
    const lines = scan.prose.map((p) => p.text);
    const t = titleFromLines(lines);
    const notes: Bilingual[] = [];
    if (scan.truncated || skippedRows > 0) notes.push(truncationNote(skippedRows));
    return outcomeOf(built, { title: t.title, organs: [t.organ], dates: [], lines, titleIndex: t.index, notes });
  } catch (error) {
    return failed(error);
  }
}

const ORGAN_LABEL = /^(发布机构|发文机关|发布单位|发文单位|发布部门|信息来源|来源)$/;
const DATE_LABEL = /^(发布日期|成文日期|公开日期|发文日期|发布时间|生成日期)$/;
const TITLE_LABEL = /^(名称|标题|文件名称)$/;
const DATE_IN_TEXT = /(?:发布日期|发布时间|成文日期|公开日期|发文日期)[:：]\s*([0-9０-９年月日\-/.\s]{8,20})/;
const META_DATE = /^(pubdate|publishdate|firstpublishedtime|articletime|publishtime|publishedtime)$/i;

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

function metaTagDate(doc: Document): string | null {
  const metas = doc.getElementsByTagName('meta');
  for (let i = 0; i < metas.length; i++) {
    const name = metas[i]!.getAttribute('name') ?? metas[i]!.getAttribute('property') ?? '';
    if (META_DATE.test(name)) return pageDate(metas[i]!.getAttribute('content') ?? '');
  }
  return null;
}

function headingTitle(doc: Document): string | null {
  for (const tag of ['h1', 'h2', 'h3']) {
    const hs = doc.getElementsByTagName(tag);
    for (let i = 0; i < Math.min(hs.length, 20); i++) {
      const text = normaliseInline(hs[i]!.textContent ?? '');
      if (looksLikeReportTitle(text)) return text;
    }
  }
  return null;
}

/** Parses a rendered page (jsdom or the live DOM): tables, metadata, sections and narrative. Never throws. */
export function parseDocument(doc: Document): ParseOutcome {
  try {
    // Rows past the parse limit are never read from the DOM: on jsdom, touching a node is the cost.
    const { tables, grids } = tablesWithGrids(doc, MAX_ROWS_PER_TABLE + 1);
    const { rows, skippedRows } = streamRows(grids);
    const built = buildTables(findTables(rows), true);
    const blocks = textBlocks(doc, tables, grids);
    const lines = articleLines(blocks);
    const fromLines = titleFromLines(lines);
    const pageTitle = stripSiteSuffix(normaliseInline(doc.title ?? ''));
    const metaTitle = metadataValue(rows, TITLE_LABEL);
    const title =
      headingTitle(doc) ??
      (metaTitle && looksLikeReportTitle(metaTitle) ? metaTitle : null) ??
      (looksLikeReportTitle(pageTitle) ? pageTitle : null) ??
      fromLines.title ??
      (pageTitle || null);
    const titleIndex = title ? lines.findIndex((l) => l === title) : -1;
    const metaOrgan = metadataValue(rows, ORGAN_LABEL);
    const notes: Bilingual[] = [];
    if (skippedRows > 0 || grids.some((g) => g.truncated)) notes.push(truncationNote(skippedRows));
    const textDate = blocks.map((b) => DATE_IN_TEXT.exec(b)?.[1]).find((d) => d && pageDate(d));
    return outcomeOf(built, {
      title,
      organs: [fromLines.organ, metaOrgan && (organLine(metaOrgan) ?? metaOrgan)],
      dates: [pageDate(metadataValue(rows, DATE_LABEL) ?? ''), metaTagDate(doc), textDate ? pageDate(textDate) : null],
      lines,
      titleIndex: titleIndex >= 0 ? titleIndex : fromLines.index,
      notes,
    });
  } catch (error) {
    return failed(error);
  }
}
