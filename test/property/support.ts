/** Shared by the property files: one jsdom window per file, and the CellRef checks. */
import { JSDOM } from 'jsdom';
import { gridsFromDocument, gridsFromText } from '../../lib/grid';
import { cellElement } from '../support/cell-element';
import type { CellRef, Finding, Report } from '../../lib/model';

/** What the ref checks read: an export, or a parsed report with the findings of runRules. */
export interface Audited {
  report: Pick<Report, 'tables' | 'labels'>;
  findings: Finding[];
}

/**
 * One jsdom window per test file, its body replaced per case: a new JSDOM per case would add a
 * window's setup (and its garbage) to every case on top of parsing the page.
 */
export function page(): { doc: Document; load(html: string, title?: string): Document } {
  const dom = new JSDOM('<!doctype html><html><head><title></title></head><body></body></html>');
  const doc = dom.window.document;
  return {
    doc,
    load(html, title = '') {
      doc.title = title;
      doc.body.innerHTML = html;
      return doc;
    },
  };
}

/**
 * Per property test: a few thousand cases take seconds alone, but a CI runner shared with other
 * jobs (or a shrink after a failure) can take far longer than the config's 30 s.
 */
export const LONG = 180_000;

/** Runs from the CI scale: PROPERTY_SCALE=10 for a long local hunt. */
export const runs = (n: number): number => Math.max(1, Math.round(n * Number(process.env.PROPERTY_SCALE ?? 1)));

/**
 * fc.assert options: `n` cases (scaled), a fresh seed each run so CI keeps exploring; a failure
 * prints its seed, and PROPERTY_SEED=<seed> replays it.
 */
export const cases = (n: number): { numRuns: number; seed?: number } =>
  process.env.PROPERTY_SEED ? { numRuns: runs(n), seed: Number(process.env.PROPERTY_SEED) } : { numRuns: runs(n) };

/** Text as a reader compares it: no whitespace, no invisible characters, no Word bookmarks. */
export const squash = (s: string): string =>
  s.replace(/\[bookmark: [^\]]*\]/g, '').replace(/[\s\u200B-\u200D\u2060\u00AD\u180E\uFEFF]/g, '');

/** Every CellRef an export holds, with the raw text of the cell it names where it names a value. */
export function refsOf(audit: Audited): { ref: CellRef; raw?: string; where: string }[] {
  const out: { ref: CellRef; raw?: string; where: string }[] = [];
  for (const [table, rows] of Object.entries(audit.report.tables)) {
    for (const [row, cols] of Object.entries(rows ?? {})) {
      for (const [col, cell] of Object.entries(cols)) out.push({ ref: cell.at, raw: cell.raw, where: `${table}.${row}.${col}` });
    }
  }
  for (const l of audit.report.labels) out.push({ ref: l.at, where: `label ${l.table}.${l.key}` });
  for (const f of audit.findings) {
    for (const ref of [...f.cells, ...f.related]) out.push({ ref, where: `finding ${f.id}` });
  }
  return out;
}

// Not the cell's own text: a nested table has its own grid, and scripts and styles are never shown.
const NOT_OWN_TEXT = 'table, script, style, template, noscript, select, textarea, svg';

/** A cell's own visible text, as a reader sees it in that cell. */
export function ownText(el: Element): string {
  if (!el.firstElementChild) return el.textContent ?? '';
  const copy = el.cloneNode(true) as Element;
  for (const inner of Array.from(copy.querySelectorAll(NOT_OWN_TEXT))) inner.remove();
  return copy.textContent ?? '';
}

const key = (r: CellRef): string => `${r.table}.${r.row}.${r.col}`;

/**
 * HTML: each ref is an origin slot of its table's grid, and cellElement finds a <td>/<th> there
 * whose text is the cell's raw text. Returns the problems, [] when all is well.
 */
export function badHtmlRefs(doc: Document, audit: Audited): string[] {
  const grids = gridsFromDocument(doc);
  const all = refsOf(audit);
  const rawAt = new Map<string, string>();
  const problems: string[] = [];
  for (const { ref, raw, where } of all) {
    if (raw !== undefined) rawAt.set(key(ref), raw);
    const slot = grids[ref.table]?.rows[ref.row]?.[ref.col];
    if (!slot) problems.push(`${where}: ${key(ref)} is outside every grid`);
    else if (key(slot.ref) !== key(ref)) problems.push(`${where}: ${key(ref)} is a spanned copy of ${key(slot.ref)}`);
  }
  // cellElement rebuilds its table's grid on every call (a few ms for table 3): check it on a sample
  // (the first two findings' first cells, one value), and every ref against the grid built once,
  // which is what cellElement reads.
  const sample = new Set([...audit.findings.flatMap((f) => f.cells.slice(0, 1)).slice(0, 2), ...all.slice(0, 1).map((x) => x.ref)].map(key));
  for (const { ref, where } of all) {
    const slot = grids[ref.table]?.rows[ref.row]?.[ref.col];
    if (sample.has(key(ref))) {
      sample.delete(key(ref));
      if (cellElement(doc, ref) !== (slot?.element ?? null)) problems.push(`${where}: cellElement(${key(ref)}) is not the grid's element`);
    }
    const el = slot?.element;
    if (!el || !/^T[DH]$/.test(el.tagName)) {
      problems.push(`${where}: ${key(ref)} resolves to ${el?.tagName ?? 'nothing'}`);
      continue;
    }
    const raw = rawAt.get(key(ref));
    if (raw !== undefined && squash(ownText(el)) !== squash(raw)) {
      problems.push(`${where}: ${key(ref)} holds「${ownText(el)}」, the cell says「${raw}」`);
    }
  }
  return problems;
}

/** Text: each ref is an origin slot of its block, and its 1-based line holds (the start of) the raw text. */
export function badTextRefs(text: string, audit: Audited): string[] {
  const grids = gridsFromText(text);
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const problems: string[] = [];
  for (const { ref, raw, where } of refsOf(audit)) {
    const slot = grids[ref.table]?.rows[ref.row]?.[ref.col];
    if (!slot || key(slot.ref) !== key(ref) || slot.ref.line !== ref.line) {
      problems.push(`${where}: ${key(ref)} L${ref.line} is not a cell of block ${ref.table}`);
      continue;
    }
    const line = ref.line === undefined ? undefined : lines[ref.line - 1];
    if (line === undefined) {
      problems.push(`${where}: ${key(ref)} has no line ${ref.line}`);
      continue;
    }
    const [l, r] = [squash(line), squash(raw ?? slot.text)];
    // A tab-led cell may continue on the lines below (its raw text starts here); a row line holds several cells.
    if (!(l.includes(r) || r.startsWith(l))) problems.push(`${where}: line ${ref.line}「${line}」does not hold「${raw ?? slot.text}」`);
  }
  return problems;
}
