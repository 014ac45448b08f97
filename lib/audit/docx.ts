import { readDocx } from '../grid/docx';
import type { AuditExport, AuditRecord, Bilingual } from '../model';
import { parseGrids } from '../parse';
import { emptyReport, guarded, type Source } from './index';

/** What an old binary Word file (.doc) gets: we cannot read it, and say what we can read. */
export const DOC_UNREADABLE: Bilingual = {
  zh: '旧版 Word 二进制文件（.doc）无法读取，请使用 PDF 或 .docx 版本',
  en: 'An old binary Word file (.doc) cannot be read; a PDF or .docx version can',
};
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file: an old binary .doc (or .xls, .ppt), whatever its name says. */
export const isOleDoc = (bytes: Uint8Array): boolean => OLE.every((b, i) => bytes[i] === b);

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
