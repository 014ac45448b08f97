import { cellsOf, FINDING_KINDS, kindOf, refKey, type AuditExport, type Finding, type FindingKind, type TableKey } from '../../lib/model';

export { refKey };

export interface CellPlace {
  table: TableKey;
  row: string;
  col: string;
}

/** Where each extracted cell sits in the canonical tables, so a finding's cells can be named. */
export function placeCells(audit: Pick<AuditExport, 'report'>): Map<string, CellPlace> {
  return new Map(cellsOf(audit.report).map(({ table, row, col, cell }) => [refKey(cell.at), { table, row, col }]));
}

/**
 * The worst live finding's kind on each cell, so the tables view can outline the cells in the
 * wrong: a cell only in question (待复核) is marked amber, never as an error, whatever its rule's severity.
 */
export function flaggedCells(findings: readonly Finding[]): Map<string, FindingKind> {
  const worst = new Map<string, FindingKind>();
  for (const f of findings) {
    if (f.dismissed) continue;
    const kind = kindOf(f);
    for (const at of f.cells) {
      const key = refKey(at);
      const had = worst.get(key);
      if (had === undefined || FINDING_KINDS.indexOf(kind) < FINDING_KINDS.indexOf(had)) worst.set(key, kind);
    }
  }
  return worst;
}
