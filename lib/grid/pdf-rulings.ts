import type { PageContent, Rect, Segment, TextRun } from '../pdf/types';
import { bounds } from './pdf-geometry';

/**
 * A PDF page's ruling lines into table areas: the lines merged where they overlap, grouped into
 * tables by touching, and whether two areas on consecutive pages have the same columns (one table
 * continued over the page break).
 */

/** Ruling positions closer than this are one line (Word draws double and overlapping borders). */
export const SNAP = 2;

/** A table's rulings on one page, its bounding box and the text runs inside it. */
export interface Area {
  page: PageContent;
  h: Segment[];
  v: Segment[];
  box: Rect;
  runs: TextRun[];
}

/** Horizontal and vertical rulings merged where they overlap, then grouped into tables by touching. */
export function tableAreas(page: PageContent): Area[] {
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
export function cluster(values: number[]): number[] {
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
export function compatible(a: Area, b: Area): boolean {
  const xa = cluster(a.v.map((s) => s.x0));
  const xb = cluster(b.v.map((s) => s.x0));
  const shared = xb.filter((x) => xa.some((y) => Math.abs(x - y) <= SNAP * 1.5)).length;
  return shared >= Math.max(2, Math.min(xa.length, xb.length) * 0.7);
}

