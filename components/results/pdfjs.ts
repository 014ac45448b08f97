import * as pdfjs from 'pdfjs-dist';
import type { PdfJs, PdfOptions } from '../../lib/audit';

/**
 * pdf.js as the extension ships it: the worker, cMaps and standard fonts are files of the
 * extension (copied from pdfjs-dist by wxt.config.ts), never fetched from elsewhere; no eval.
 */
const own = (path: string): string => new URL(path, location.origin).href;

pdfjs.GlobalWorkerOptions.workerSrc = own('/pdfjs/pdf.worker.min.mjs');

export const PDF_PARAMS = {
  cMapUrl: own('/pdfjs/cmaps/'),
  cMapPacked: true,
  standardFontDataUrl: own('/pdfjs/standard_fonts/'),
  isEvalSupported: false,
  verbosity: 0,
} as const;

export const pdfJs = pdfjs as unknown as PdfJs;
export const pdfOptions: PdfOptions = { params: { ...PDF_PARAMS } };

/** The document for drawing its pages. pdf.js takes the buffer over: it gets a copy. */
export function openPdf(bytes: Uint8Array): Promise<pdfjs.PDFDocumentProxy> {
  return pdfjs.getDocument({ ...PDF_PARAMS, data: bytes.slice() }).promise;
}
