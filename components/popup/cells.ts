import { cellsOf, refKey, type AuditExport, type Finding, type Severity, type TableKey } from '../../lib/model';
import { SEVERITIES } from './group';

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

/** The worst live finding on each cell, so the tables view can outline the cells in the wrong. */
export function flaggedCells(findings: readonly Finding[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const f of findings) {
    if (f.dismissed) continue;
    for (const at of f.cells) {
      const key = refKey(at);
      const had = worst.get(key);
      if (had === undefined || SEVERITIES.indexOf(f.severity) < SEVERITIES.indexOf(had)) worst.set(key, f.severity);
    }
  }
  return worst;
}
