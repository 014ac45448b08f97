import type { PageContent, TextRun } from '../pdf/types';
import { center, inside } from './pdf-geometry';
import { paragraphs } from './pdf-prose';
import { compatible, tableAreas, type Area } from './pdf-rulings';
import { gridOf, stack } from './pdf-strip';
import { textTableGrid, textTables, type TextTable } from './pdf-text';
import type { Grid } from './types';

/**
 * PDF pages into the same grids `lib/grid/html.ts` makes from `<table>`s, plus the text outside
 * them. Tables come from the ruling lines a page draws (Word, WPS and Chromium draw every cell
 * border); a table that runs off the foot of one page and on at the top of the next is one
 * table, its repeated header row dropped; a cell cut by the page break (a label set vertically
 * down the side) is one cell. Where a page draws no rulings, tables come from text positions
 * (`textTables`).
 */

/** Runs closer than this to the page's top or bottom edge, as a share of its height, may be running heads or page numbers. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页|\/\s*\d{1,4}|(?:页\s*)?共\s*\d{1,4}\s*页)?[-—–－\s]*$/;

export interface PdfLayout {
  grids: Grid[];
  /** The text outside tables and page furniture, in reading order, one paragraph a line. */
  lines: string[];
}

/** The tables and prose of a document. */
export function layoutPdf(pages: readonly PageContent[]): PdfLayout {
  const areas = pages.map(tableAreas);
  // Table text is never furniture: a 「3」 in the last row of a table is a value, not a page number.
  const loose = pages.map((page, p) => page.runs.filter((r) => !areas[p]!.some((a) => inside(r, a.box))));
  const furniture = pageFurniture(pages, loose);
  const chains: Area[][] = [];
  const texts: TextTable[] = [];
  const prose: { page: PageContent; runs: TextRun[] }[] = [];
  let open: Area | null = null;
  pages.forEach((page, p) => {
    let outside = loose[p]!.filter((r) => !furniture.has(r));
    // Where no rulings are drawn, tables from the text's positions.
    const found = textTables(page, outside);
    texts.push(...found);
    if (found.length > 0) outside = outside.filter((r) => !found.some((t) => t.runs.has(r)));
    for (const a of areas[p]!) a.runs = page.runs.filter((r) => inside(r, a.box));
    prose.push({ page, runs: outside });
    for (const [i, area] of areas[p]!.entries()) {
      // A table continues from the previous page when nothing but furniture stands between them.
      const continues =
        i === 0 && open !== null && !outside.some((r) => r.y1 <= area.box.y0) && compatible(open, area) && !openHasTextBelow(open, prose);
      if (continues) chains.at(-1)!.push(area);
      else chains.push([area]);
    }
    open = areas[p]!.at(-1) ?? null;
  });
  // Tables numbered in reading order, ruled and unruled alike.
  const placed = [
    ...chains.map((chain) => ({ page: chain[0]!.page.page, y: chain[0]!.box.y0, grid: (i: number) => gridOf(stack(chain), i) })),
    ...texts.map((t) => ({ page: t.page.page, y: t.y0, grid: (i: number): Grid => ({ table: i, rows: textTableGrid(t, i) }) })),
  ].sort((a, b) => a.page - b.page || a.y - b.y);
  return { grids: placed.map((t, i) => t.grid(i)), lines: paragraphs(prose) };
}

/** True when text follows the table on its own page (then it cannot continue on the next). */
function openHasTextBelow(area: Area, prose: { page: PageContent; runs: TextRun[] }[]): boolean {
  const own = prose.find((p) => p.page === area.page);
  return own?.runs.some((r) => r.y0 >= area.box.y1) ?? false;
}

/** Page numbers and running heads: margin text that looks like a page number, or recurs on several pages. */
function pageFurniture(pages: readonly PageContent[], loose: TextRun[][]): Set<TextRun> {
  const out = new Set<TextRun>();
  const seen = new Map<string, TextRun[]>();
  for (const [p, page] of pages.entries()) {
    for (const run of loose[p]!) {
      const margin = run.y1 < page.height * MARGIN || run.y0 > page.height * (1 - MARGIN);
      if (!margin) continue;
      const text = run.text.trim();
      // A page number stands alone on its line; a 0 in a row of numbers is a value.
      const alone = !loose[p]!.some((o) => o !== run && Math.abs(center(o)[1] - center(run)[1]) < run.size * 0.6);
      if (!alone) continue;
      if (PAGE_NUMBER.test(text)) out.add(run);
      const key = `${Math.round(run.y0 / 4)}|${text}`;
      seen.set(key, [...(seen.get(key) ?? []), run]);
    }
  }
  if (pages.length >= 3) for (const runs of seen.values()) if (runs.length >= Math.min(3, pages.length)) runs.forEach((r) => out.add(r));
  return out;
}

