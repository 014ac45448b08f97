import type { AuditExport, AuditRecord } from '../model';
import { parseDocument, parseText, type ParseOutcome } from '../parse';
import type { PdfJs } from '../pdf/types';
import { emptyReport, guarded, type Source } from './assemble';
import { parsePdf, type PdfOptions } from './pdf';

export { applyDismissals } from './dismiss';
export { csvHead, csvRows, toCsv } from './csv';
export { summarize } from './summary';
export { TOOL } from './tool';
export { SCANNED, type PdfOptions } from './pdf';
export { withPrevious } from './xyear';
export type { PdfJs } from '../pdf/types';
export type { Source } from './assemble';
// Word files: `./docx` (kept out of this module so the page scripts do not bundle its zip and XML readers).

/** Audits a rendered page. Pure and synchronous; never throws (a failure becomes the verdict). */
export function auditDocument(doc: Document, source: Source): AuditExport {
  return auditedDocument(doc, source).export;
}

/** Audits a text version of a report (the seeds' tab-led form, innerText, or `|` rows). */
export function auditText(text: string, source: Source): AuditExport {
  return auditedText(text, source).export;
}

/**
 * `auditDocument` keeping what cross-year checks need besides the export: the narrative by
 * section (the export leaves the page's own text out). An `AuditRecord`, as the CLI and the
 * history hold it; `withPrevious` adds the cross-year findings once last year's record is known.
 * Empty narrative when nothing was read as a report.
 */
export function auditedDocument(doc: Document, source: Source): AuditRecord {
  return guarded(() => parseDocument(doc), source, 'html');
}

/** `auditedDocument` for a text version of a report. */
export function auditedText(text: string, source: Source): AuditRecord {
  return guarded(() => parseText(text), source, 'text');
}

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
  return (await auditedPdf(bytes, source, pdfjs, options)).export;
}

/** `auditedDocument` for a PDF. */
export async function auditedPdf(bytes: Uint8Array, source: Source, pdfjs: PdfJs, options: PdfOptions = {}): Promise<AuditRecord> {
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

