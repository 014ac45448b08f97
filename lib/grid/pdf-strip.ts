import type { CellRef } from '../model';
import type { Segment, TextRun } from '../pdf/types';
import { normaliseCellText } from './normalize';
import { center, pdfBox } from './pdf-geometry';
import { cluster, SNAP, type Area } from './pdf-rulings';
import type { Grid, GridCell } from './types';

/**
 * One table's parts, one per page, stacked into one strip (a repeated header cut off) and read
 * as one grid: cells from the rulings, spans where a border is missing, text from the runs.
 */

/** A border must cover this share of a cell's side to separate it from its neighbour. */
const COVER = 0.6;

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

/**
 * The chain's parts stacked into one strip, each continuation's top (below a repeated header,
 * which is cut off) placed at the previous part's bottom, so no gap row appears at the break.
 */
export function stack(chain: Area[]): Part[] {
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

export function gridOf(parts: Part[], index: number): Grid {
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
