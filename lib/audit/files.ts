import { readDocx } from '../grid/docx';
import type { AuditExport, Bilingual } from '../model';
import { parseGrids, type ParseOutcome } from '../parse';
import type { PdfJs } from '../pdf/types';
import { emptyReport, guarded, type Source } from './assemble';
import { parsePdf, type PdfOptions } from './pdf';

export { SCANNED, type PdfOptions } from './pdf';
export type { PdfJs } from '../pdf/types';

/**
 * Audits a PDF. `pdfjs` is the pdf.js module the caller configured (pdfjs-dist 5.6): in Node
 * `await import('pdfjs-dist/legacy/build/pdf.mjs')`; in an extension page the bundled build with
 * `GlobalWorkerOptions.workerSrc` set to the bundled worker. `options.params` go to
 * `getDocument` unchanged (e.g. `cMapUrl`, `cMapPacked`, `standardFontDataUrl`, or the
 * `CMapReaderFactory` of your choice): `lib/` fetches nothing itself.
 *
 * Never throws. The export is the same as for a page, with `source.kind: 'pdf'` and every cell's
 * `at` carrying `page` (1-based) and `box` ([x0, y0, x1, y1] in PDF user space, origin bottom-left,
 * y up: `viewport.convertToViewportRectangle(box)` gives canvas pixels). A scan without a text
 * layer, an encrypted, broken or oversized file: verdict `unreadable` with the reason (`SCANNED`
 * for a scan); pages past the page limit are skipped and the verdict's reason says so.
 */
export async function auditPdf(bytes: Uint8Array, source: Source, pdfjs: PdfJs, options: PdfOptions = {}): Promise<AuditExport> {
  let outcome: ParseOutcome;
  try {
    const parsed = await parsePdf(bytes, pdfjs, options);
    outcome = parsed.status === 'failed' ? { status: 'unreadable', reason: parsed.reason, report: emptyReport(null), unopened: true } : parsed;
  } catch (error) {
    return guarded(() => {
      throw error;
    }, source, 'pdf');
  }
  return guarded(() => outcome, source, 'pdf');
}

/**
 * Audits a Word document (.docx): its `w:tbl` tables read into grids (cells' `at` is the table's
 * index among the document's tables, the row and the grid column), its paragraphs the text.
 * Pure and synchronous; never throws. `source.kind` is 'docx'. A file that is not a .docx (an
 * old binary .doc, a damaged zip): verdict `unreadable` with the reason.
 */
export function auditDocx(bytes: Uint8Array, source: Source): AuditExport {
  return guarded(() => {
    const read = readDocx(bytes);
    if (!read.ok) return { status: 'unreadable', reason: isOleDoc(bytes) ? DOC_UNREADABLE : read.reason, report: emptyReport(null), unopened: true };
    return parseGrids(read.grids, read.lines);
  }, source, 'docx');
}

/** What an old binary Word file (.doc) gets: we cannot read it, and say what we can read. */
export const DOC_UNREADABLE: Bilingual = {
  zh: '旧版 Word 二进制文件（.doc）无法读取，请使用 PDF 或 .docx 版本',
  en: 'An old binary Word file (.doc) cannot be read; a PDF or .docx version can',
};
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
export const isOleDoc = (bytes: Uint8Array): boolean => OLE.every((b, i) => bytes[i] === b);

