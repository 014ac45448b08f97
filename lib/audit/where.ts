import { cellsOf, placedCellName, positionName, refKey, type AuditExport, type Bilingual, type CellRef, type PlacedCell } from '../model';

/** Where a cell sits in the canonical tables, by its position on the page; undefined for a cell the tables do not map. */
export function placeOf(audit: Pick<AuditExport, 'report'>): (at: CellRef) => PlacedCell | undefined {
  const places = new Map(cellsOf(audit.report).map((p) => [refKey(p.cell.at), p]));
  return (at) => places.get(refKey(at));
}

/** A cell as the CLI and CSV name it: 「表三 （一）予以公开·总计」 (with its page in a PDF), or by position where the tables do not map it. */
export function cellNamer(audit: Pick<AuditExport, 'report'>): (at: CellRef) => Bilingual {
  const place = placeOf(audit);
  return (at) => {
    const p = place(at);
    return p ? placedCellName(p, at, audit.report.format) : positionName(at);
  };
}
