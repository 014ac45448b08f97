import { readDocx } from '../grid/docx';
import type { AuditExport, AuditRecord } from '../model';
import { parseGrids } from '../parse';
import { emptyReport, guarded, type Source } from './index';
import { DOC_UNREADABLE, isOleDoc } from './ole';

export { DOC_UNREADABLE, isOleDoc };

/**
 * Audits a Word document (.docx): its `w:tbl` tables read into grids (cells' `at` is the table's
 * index among the document's tables, the row and the grid column), its paragraphs the text.
 * Pure and synchronous; never throws. `source.kind` is 'docx'. A file that is not a .docx (an
 * old binary .doc, a damaged zip): verdict `unreadable` with the reason, and no rule run.
 */
export function auditDocx(bytes: Uint8Array, source: Source): AuditExport {
  return auditedDocx(bytes, source).export;
}

/** `auditDocx` keeping the narrative by section, as `auditedDocument`. */
export function auditedDocx(bytes: Uint8Array, source: Source): AuditRecord {
  return guarded(() => {
    const read = readDocx(bytes);
    if (!read.ok) return { status: 'unreadable', reason: isOleDoc(bytes) ? DOC_UNREADABLE : read.reason, report: emptyReport(null), unopened: true };
    return parseGrids(read.grids, read.lines);
  }, source, 'docx');
}
