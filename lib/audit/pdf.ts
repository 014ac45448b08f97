import { layoutPdf } from '../grid/pdf';
import type { Bilingual } from '../model';
import { parseGrids, type ParseOutcome } from '../parse';
import { looksScanned, PDF_LIMITS, readPdf, type PdfLimits } from '../pdf/document';
import type { PdfJs } from '../pdf/types';

export const SCANNED: Bilingual = {
  zh: '扫描件，无文字层，无法核查',
  en: 'A scanned document without a text layer: it cannot be audited',
};

export interface PdfOptions {
  /** Passed to pdf.js `getDocument` as they are: cMap and standard-font access, worker, verbosity. */
  params?: Record<string, unknown>;
  limits?: PdfLimits;
}

/** A PDF's bytes to a parse outcome; a file that cannot be read becomes `unreadable` with the reason. */
export async function parsePdf(bytes: Uint8Array, pdfjs: PdfJs, options: PdfOptions = {}): Promise<ParseOutcome | { status: 'failed'; reason: Bilingual }> {
  const read = await readPdf(bytes, pdfjs, options.params, options.limits ?? PDF_LIMITS);
  if (!read.ok) return { status: 'failed', reason: read.reason };
  if (looksScanned(read.pages)) return { status: 'failed', reason: SCANNED };
  const layout = layoutPdf(read.pages);
  return parseGrids(layout.grids, layout.lines, read.notes);
}
