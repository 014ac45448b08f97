import type { AuditExport, CellRef, Finding } from '../../lib/model';
// From the modules themselves, not lib/model's index: the page's bundle needs none of the schemas.
import { onThisPage, refKey } from '../../lib/model/places';
import { kindOf, type FindingKind } from '../../lib/model/vocabulary';

/**
 * What the overlay draws, derived from an audit: one mark per offending cell (a cell named by
 * several findings is drawn once, in the colour of the worst), markers where a finding starts,
 * and the findings no cell carries (the chip counts them). Pure: tested without a browser.
 */

export { refKey };

/** Findings naming more cells than this (e.g. every blank cell of a table) are drawn faintly. */
export const BLANKET_CELLS = 6;

// Outcome before severity: a failing warning outranks a question, and a question is never drawn as an error.
const RANK: Record<FindingKind, number> = { error: 4, warning: 3, review: 2, info: 1 };
export const worse = (a: FindingKind, b: FindingKind): FindingKind => (RANK[a] >= RANK[b] ? a : b);

export interface CellMark {
  key: string;
  ref: CellRef;
  /** The worst kind among the findings naming this cell (待复核 only when nothing there fails). */
  kind: FindingKind;
  /** Only named by blanket findings: a thin outline, no marker of its own. */
  faint: boolean;
  /** Findings that start at this cell (their first cell): they get the marker and tooltip. */
  starts: Finding[];
  /** Every finding naming this cell. */
  findings: Finding[];
}

export interface OverlayModel {
  status: AuditExport['verdict']['status'];
  counts: AuditExport['verdict']['counts'];
  marks: CellMark[];
  /** Findings with no cell on the page (sections, format, period…): the popup lists them. */
  unplaced: Finding[];
  /** Every drawn finding by id, for reveal. */
  byId: Map<string, Finding>;
}

/** Dismissed findings are not drawn (the audit passed in has them marked: applyDismissals). */
export function overlayModel(audit: AuditExport): OverlayModel {
  const marks = new Map<string, CellMark>();
  const unplaced: Finding[] = [];
  const byId = new Map<string, Finding>();
  for (const f of audit.findings) {
    if (f.dismissed) continue;
    byId.set(f.id, f);
    if (f.cells.length === 0) {
      unplaced.push(f);
      continue;
    }
    const blanket = f.cells.length > BLANKET_CELLS;
    f.cells.forEach((ref, i) => {
      const key = refKey(ref);
      let mark = marks.get(key);
      if (!mark) {
        mark = { key, ref, kind: kindOf(f), faint: true, starts: [], findings: [] };
        marks.set(key, mark);
      }
      mark.findings.push(f);
      if (i === 0) mark.starts.push(f);
      if (!blanket) mark.faint = false;
    });
  }
  for (const mark of marks.values()) {
    mark.kind = mark.findings.map(kindOf).reduce(worse);
  }
  return { status: audit.verdict.status, counts: audit.verdict.counts, marks: [...marks.values()], unplaced, byId };
}

/** The cells to light while a finding is hovered: its addends, and its other offending cells. */
export function litCells(findings: readonly Finding[], except: string | null): CellRef[] {
  const seen = new Set<string>(except ? [except] : []);
  const out: CellRef[] = [];
  for (const f of findings) {
    // Last year's cells (cross-year findings) are not on this page.
    for (const ref of [...onThisPage(f.related), ...f.cells]) {
      const key = refKey(ref);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(ref);
    }
  }
  return out;
}

/** Draw the overlay at all? Only for a report we could read. */
export const drawable = (status: AuditExport['verdict']['status']): boolean =>
  status === 'pass' || status === 'warnings' || status === 'errors';
