import type { CellRef } from '../model';
import type { PageContent, Rect, Segment, TextRun } from '../pdf/types';
import { normaliseCellText } from './normalize';
import { bounds, center, inside, pdfBox } from './pdf-geometry';
import { paragraphs } from './pdf-prose';
import { textTableGrid, textTables, type TextTable } from './pdf-text';
import type { Grid, GridCell } from './types';

/**
 * PDF pages into the same grids `lib/grid/html.ts` makes from `<table>`s, plus the text outside
 * them. Tables come from the ruling lines a page draws (Word, WPS and Chromium draw every cell
 * border); a table that runs off the foot of one page and on at the top of the next is one
 * table, its repeated header row dropped; a cell cut by the page break (a label set vertically
 * down the side) is one cell. Where a page draws no rulings, tables come from text positions
 * (`textTables`).
 */

/** Ruling positions closer than this are one line (Word draws double and overlapping borders). */
const SNAP = 2;
/** A border must cover this share of a cell's side to separate it from its neighbour. */
const COVER = 0.6;
/** Runs closer than this to the page's top or bottom edge, as a share of its height, may be running heads or page numbers. */
const MARGIN = 0.1;
const PAGE_NUMBER = /^[-—–－\s]*(?:第\s*)?\d{1,4}\s*(?:页|\/\s*\d{1,4}|(?:页\s*)?共\s*\d{1,4}\s*页)?[-—–－\s]*$/;

export interface PdfLayout {
  grids: Grid[];
  /** The text outside tables and page furniture, in reading order, one paragraph a line. */
  lines: string[];
}

interface Area {
  page: PageContent;
  h: Segment[];
  v: Segment[];
  box: Rect;
  runs: TextRun[];
}

/** One page's share of a table, its y shifted so that the parts stack into one strip. */
interface Part extends Area {
  /** Layout-space y of this part where the strip's y is `shift` less. */
  shift: number;
  /**
   * Strip y above which this part draws nothing: a repeated header cut off. The header's bottom
   * rule is dropped too, so a cell cut by the page break (a rowspan label) reads as one cell.
   */
  from: number;
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

// ---------------------------------------------------------------------------------------------
// Rulings → table areas

/** Horizontal and vertical rulings merged where they overlap, then grouped into tables by touching. */
function tableAreas(page: PageContent): Area[] {
  const h = merge(page.segments.filter((s) => s.y1 - s.y0 <= s.x1 - s.x0 && s.x1 - s.x0 > SNAP), 'h');
  const v = merge(page.segments.filter((s) => s.y1 - s.y0 > s.x1 - s.x0 && s.y1 - s.y0 > SNAP), 'v');
  const all = [...h.map((s) => ({ s, horizontal: true })), ...v.map((s) => ({ s, horizontal: false }))];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      if (all[i]!.horizontal !== all[j]!.horizontal && touches(all[i]!.s, all[j]!.s)) parent[find(i)] = find(j);
    }
  }
  const groups = new Map<number, typeof all>();
  all.forEach((item, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), item]));
  const areas: Area[] = [];
  for (const group of groups.values()) {
    const gh = group.filter((g) => g.horizontal).map((g) => g.s);
    const gv = group.filter((g) => !g.horizontal).map((g) => g.s);
    // A table has at least two columns' worth of verticals and something across them.
    if (gv.length < 2 || gh.length < 1) continue;
    const box = bounds([...gh, ...gv]);
    if (box.x1 - box.x0 < 20 || box.y1 - box.y0 < 8) continue;
    areas.push({ page, h: gh, v: gv, box, runs: [] });
  }
  return areas.sort((a, b) => a.box.y0 - b.box.y0 || a.box.x0 - b.box.x0);
}

function merge(segments: Segment[], dir: 'h' | 'v'): Segment[] {
  const pos = (s: Segment) => (dir === 'h' ? s.y0 : s.x0);
  const lo = (s: Segment) => (dir === 'h' ? s.x0 : s.y0);
  const hi = (s: Segment) => (dir === 'h' ? s.x1 : s.y1);
  const sorted = [...segments].sort((a, b) => lo(a) - lo(b) || pos(a) - pos(b));
  const out: Segment[] = [];
  for (const s of sorted) {
    // Only a segment on the same line that overlaps or abuts this one extends it.
    const last = out.findLast((o) => Math.abs(pos(o) - pos(s)) <= SNAP / 2 && lo(s) <= hi(o) + SNAP && hi(s) >= lo(o) - SNAP);
    if (last) {
      if (dir === 'h') last.x1 = Math.max(last.x1, s.x1);
      else last.y1 = Math.max(last.y1, s.y1);
    } else {
      out.push({ ...s });
    }
  }
  return out;
}

function touches(a: Segment, b: Segment): boolean {
  return a.x0 - SNAP <= b.x1 && b.x0 - SNAP <= a.x1 && a.y0 - SNAP <= b.y1 && b.y0 - SNAP <= a.y1;
}

/** Values within SNAP of each other as one, in order. */
function cluster(values: number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b);
  const out: number[][] = [];
  for (const v of sorted) {
    const last = out.at(-1);
    if (last && v - last.at(-1)! <= SNAP * 1.5) last.push(v);
    else out.push([v]);
  }
  return out.map((g) => g.reduce((s, v) => s + v, 0) / g.length);
}

/** Two parts of one table have the same columns (most verticals line up). */
function compatible(a: Area, b: Area): boolean {
  const xa = cluster(a.v.map((s) => s.x0));
  const xb = cluster(b.v.map((s) => s.x0));
  const shared = xb.filter((x) => xa.some((y) => Math.abs(x - y) <= SNAP * 1.5)).length;
  return shared >= Math.max(2, Math.min(xa.length, xb.length) * 0.7);
}

// ---------------------------------------------------------------------------------------------
// Parts → one strip → grid

/**
 * The chain's parts stacked into one strip, each continuation's top (below a repeated header,
 * which is cut off) placed at the previous part's bottom, so no gap row appears at the break.
 */
function stack(chain: Area[]): Part[] {
  const parts: Part[] = [];
  let bottom = 0;
  for (const [i, area] of chain.entries()) {
    const repeated = i > 0 ? repeatedHeader(chain[0]!, area) : null;
    const top = repeated ?? area.box.y0;
    const shift = i === 0 ? 0 : bottom - top;
    parts.push({ ...area, shift, from: repeated === null ? -Infinity : bottom });
    bottom = area.box.y1 + shift;
  }
  return parts;
}

/** Where the rows of `next` that repeat the first table part's top rows end (layout y), or null. */
function repeatedHeader(first: Area, next: Area): number | null {
  const a = rowTexts(first);
  const b = rowTexts(next);
  let k = 0;
  while (k < Math.min(a.length, b.length, 4) && a[k]!.text !== '' && a[k]!.text === b[k]!.text) k++;
  return k > 0 ? b[k - 1]!.bottom : null;
}

/** The text of each row band of an area (for comparing headers), top to bottom. */
function rowTexts(area: Area): { text: string; bottom: number }[] {
  const ys = cluster([...area.h.map((s) => s.y0), area.box.y0, area.box.y1]);
  const out: { text: string; bottom: number }[] = [];
  for (let r = 0; r + 1 < ys.length; r++) {
    const runs = area.runs.filter((t) => center(t)[1] >= ys[r]! && center(t)[1] < ys[r + 1]!);
    out.push({ text: normaliseCellText(ordered(runs)), bottom: ys[r + 1]! });
  }
  return out;
}

/** Runs joined in reading order: lines top to bottom, runs left to right; vertical runs top to bottom. */
function ordered(runs: readonly TextRun[]): string {
  const lines: TextRun[][] = [];
  for (const run of [...runs].sort((a, b) => a.y0 - b.y0)) {
    const line = run.vertical ? undefined : lines.find((l) => !l[0]!.vertical && Math.abs(center(l[0]!)[1] - center(run)[1]) < Math.min(l[0]!.size, run.size) * 0.5);
    if (line) line.push(run);
    else lines.push([run]);
  }
  // A space where the runs stand apart; normalisation drops it between Chinese characters and joins split digits.
  const joined = (l: TextRun[]) => l.map((r, i) => (i > 0 && r.x0 - l[i - 1]!.x1 > r.size * 0.2 ? ' ' : '') + r.text).join('');
  return lines.map((l) => joined(l.sort((a, b) => a.x0 - b.x0))).join('\n');
}

interface Band {
  /** Strip y of the band's top and bottom. */
  y0: number;
  y1: number;
  part: Part;
}

function gridOf(parts: Part[], index: number): Grid {
  // Strip coordinates: each part's y plus its shift. Rulings of a cut-off header are dropped.
  const h: Segment[] = [];
  const v: Segment[] = [];
  const runs: { run: TextRun; part: Part; y: number }[] = [];
  for (const p of parts) {
    for (const s of p.h) {
      const y = s.y0 + p.shift;
      if (y > p.from + SNAP) h.push({ ...s, y0: y, y1: y });
    }
    for (const s of p.v) {
      const y0 = Math.max(s.y0 + p.shift, p.from);
      const y1 = s.y1 + p.shift;
      if (y1 - y0 > SNAP) v.push({ ...s, y0, y1 });
    }
    for (const run of p.runs) {
      const y = center(run)[1] + p.shift;
      if (y >= p.from) runs.push({ run, part: p, y });
    }
  }
  const xs = cluster(v.map((s) => s.x0));
  const ys = cluster([...h.map((s) => s.y0), ...v.flatMap((s) => [s.y0, s.y1])]);
  const nr = ys.length - 1;
  const nc = xs.length - 1;
  if (nr < 1 || nc < 1) return { table: index, rows: [] };
  const bands: Band[] = [];
  for (let r = 0; r < nr; r++) {
    const mid = (ys[r]! + ys[r + 1]!) / 2;
    const part = parts.findLast((p) => p.box.y0 + p.shift - SNAP <= mid) ?? parts[0]!;
    bands.push({ y0: ys[r]!, y1: ys[r + 1]!, part });
  }

  const covered = (lines: Segment[], at: number, lo: number, hi: number, dir: 'h' | 'v'): boolean => {
    let sum = 0;
    for (const s of lines) {
      const p = dir === 'h' ? s.y0 : s.x0;
      if (Math.abs(p - at) > SNAP * 1.5) continue;
      const a = Math.max(lo, dir === 'h' ? s.x0 : s.y0);
      const b = Math.min(hi, dir === 'h' ? s.x1 : s.y1);
      if (b > a) sum += b - a;
    }
    return sum >= (hi - lo) * COVER;
  };

  // Elementary cells joined where no border separates them: merged cells.
  const id = (r: number, c: number) => r * nc + c;
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    // The root is the top-left slot, which becomes the origin.
    if (ra !== rb) ra < rb ? (parent[rb] = ra) : (parent[ra] = rb);
  };
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      if (c + 1 < nc && !covered(v, xs[c + 1]!, ys[r]!, ys[r + 1]!, 'v')) union(id(r, c), id(r, c + 1));
      if (r + 1 < nr && !covered(h, ys[r + 1]!, xs[c]!, xs[c + 1]!, 'h')) union(id(r, c), id(r + 1, c));
    }
  }

  const texts = new Map<number, { run: TextRun; part: Part }[]>();
  for (const item of runs) {
    const [x] = center(item.run);
    const c = slot(xs, x);
    const r = slot(ys, item.y);
    if (c < 0 || r < 0) continue;
    const root = find(id(r, c));
    texts.set(root, [...(texts.get(root) ?? []), item]);
  }

  // Each merged cell's extent (in slots), for its box.
  const extent = new Map<number, { r0: number; r1: number; c0: number; c1: number }>();
  for (let r = 0; r < nr; r++) {
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      const e = extent.get(root);
      if (!e) extent.set(root, { r0: r, r1: r, c0: c, c1: c });
      else {
        e.r1 = Math.max(e.r1, r);
        e.c0 = Math.min(e.c0, c);
        e.c1 = Math.max(e.c1, c);
      }
    }
  }

  const refs = new Map<number, GridCell>();
  const rows: GridCell[][] = [];
  for (let r = 0; r < nr; r++) {
    const row: GridCell[] = [];
    for (let c = 0; c < nc; c++) {
      const root = find(id(r, c));
      let cell = refs.get(root);
      if (!cell) {
        const e = extent.get(root)!;
        const band = bands[e.r0]!;
        // The box on the page the cell starts on: a cell cut by the page break is marked there.
        const lastOnPage = bands.slice(e.r0, e.r1 + 1).findLast((b) => b.part === band.part)!;
        const box = pdfBox(band.part.page, { x0: xs[e.c0]!, x1: xs[e.c1 + 1]!, y0: band.y0 - band.part.shift, y1: lastOnPage.y1 - band.part.shift });
        const ref: CellRef = { table: index, row: r, col: c, page: band.part.page.page, box };
        const items = texts.get(root) ?? [];
        // Text of a cell cut by the page break: the first page's part first.
        const byPart = parts.map((p) => ordered(items.filter((i) => i.part === p).map((i) => i.run))).filter((t) => t !== '');
        cell = { text: normaliseCellText(byPart.join('\n')), ref, origin: true };
        refs.set(root, cell);
        row.push(cell);
      } else {
        // A copy shares the origin's ref object, as the HTML grid's do, so a span reads as one cell.
        row.push({ ...cell, origin: false });
      }
    }
    rows.push(row);
  }
  return { table: index, rows };
}

/** Index of the slot between consecutive `edges` holding `v`, or -1. */
function slot(edges: number[], v: number): number {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i]! - SNAP && v < edges[i + 1]! + (i + 2 === edges.length ? SNAP : 0)) return i;
  return -1;
}
