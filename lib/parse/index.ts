import type { Grid } from '../grid';
import { tableGrid } from '../grid/table-model';
import { MAX_LINES, scanText } from '../grid/text';
import type { Bilingual } from '../model';
import { buildTables } from './build';
import { findTables } from './find';
import { metadataLines, titleFromLines } from './meta';
import { mentionedKeys } from './mentions';
import { articleLines } from './narrative';
import { pageFacts } from './page';
import { failed, outcomeOf, truncationNote, type PageFacts, type ParseOutcome } from './report';
import { firstHeading } from './sections';
import { MAX_ROWS_PER_TABLE, streamRows } from './stream';
import { readSnapshot } from '../snapshot/read';
import type { PageSnapshot } from '../snapshot/schema';

export type { ParseOutcome } from './report';

/**
 * Title and organ from the article's first lines; 「发布机构：」「发布日期：」 lines from everything
 * before the first section heading, `heading` (a page's metadata sits above the title it describes).
 */
function textFacts(all: string[], heading: number | undefined, article: string[], notes: Bilingual[]): PageFacts {
  const t = titleFromLines(article);
  const meta = metadataLines(all, heading ?? Math.min(all.length, 20));
  return { title: t.title, organs: [t.organ, meta.organ], dates: [meta.date], lines: article, titleIndex: t.index, notes };
}

/** Parses a text version of a report: the seeds' tab-led form, `innerText`, or `|` rows. Never throws. */
export function parseText(text: string): ParseOutcome {
  try {
    const scan = scanText(typeof text === 'string' ? text : '');
    const { rows, skippedRows } = streamRows(scan.grids, false);
    const built = buildTables(findTables(rows), false);
    const lines = scan.prose.map((p) => p.text);
    const t = titleFromLines(lines);
    const notes: Bilingual[] = [];
    if (scan.truncated) notes.push(truncationNote(MAX_LINES, 'text'));
    if (skippedRows > 0) notes.push(truncationNote(MAX_ROWS_PER_TABLE, 'table'));
    return outcomeOf(built, textFacts(lines, firstHeading(lines), lines, notes), mentionedKeys(rows, lines));
  } catch (error) {
    return failed(error);
  }
}

/**
 * Parses a document read into grids and prose lines elsewhere (a PDF's ruled tables, a .docx's
 * `w:tbl`s): grids with real spans, as HTML's, and the text outside them in reading order. Never throws.
 */
export function parseGrids(grids: Grid[], lines: string[], notes: Bilingual[] = []): ParseOutcome {
  try {
    const { rows, skippedRows } = streamRows(grids, false);
    const built = buildTables(findTables(rows), true);
    // A printed web page carries the site's chrome around the article: read from the title on, as for a page.
    const heading = firstHeading(lines);
    const article = articleLines(lines, heading);
    const all = skippedRows > 0 ? [...notes, truncationNote(MAX_ROWS_PER_TABLE, 'table')] : notes;
    return outcomeOf(built, textFacts(lines, heading, article, all), mentionedKeys(rows, lines));
  } catch (error) {
    return failed(error);
  }
}

/** Parses a rendered page (jsdom or the live DOM): the snapshot the page reads into, parsed. Never throws. */
export function parseDocument(doc: Document): ParseOutcome {
  try {
    // The reading expanded the snapshot's tables into these grids already (each slot with its element besides).
    const { snapshot, grids } = readSnapshot(doc);
    return parsePage(snapshot, grids);
  } catch (error) {
    return failed(error);
  }
}

/** Parses a page read into a snapshot (lib/snapshot): tables, metadata, sections and narrative. Never throws. */
export function parseSnapshot(page: PageSnapshot): ParseOutcome {
  try {
    // Rows past the parse limit were never read from the DOM.
    return parsePage(page, page.tables.map((t, i) => tableGrid(t, i, MAX_ROWS_PER_TABLE + 1)));
  } catch (error) {
    return failed(error);
  }
}

/** `parseSnapshot` of a page whose tables are expanded into `grids` (as `tableGrid` expands them); its callers catch. */
function parsePage(page: PageSnapshot, grids: Grid[]): ParseOutcome {
  const { rows, skippedRows } = streamRows(grids, true);
  const built = buildTables(findTables(rows), true);
  const { blocks } = page;
  const notes: Bilingual[] = skippedRows > 0 || grids.some((g) => g.truncated) ? [truncationNote(MAX_ROWS_PER_TABLE, 'table')] : [];
  // The first section heading bounds both the article and the metadata written above it.
  const heading = firstHeading(blocks);
  return outcomeOf(built, pageFacts(page, rows, blocks, heading, articleLines(blocks, heading), notes), mentionedKeys(rows, blocks));
}
