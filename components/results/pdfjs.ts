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

// One worker for the page's life: every audit (one per correction) and the drawing of the pages
// share it instead of each starting its own. pdf.js leaves a worker it was given running.
let worker: pdfjs.PDFWorker | null = null;
const sharedWorker = (): pdfjs.PDFWorker => (worker ??= new pdfjs.PDFWorker({ verbosity: 0 }));

export const pdfJs = pdfjs as unknown as PdfJs;
export const pdfOptions = (): PdfOptions => ({ params: { ...PDF_PARAMS, worker: sharedWorker() } });

/** The document for drawing its pages. pdf.js takes the buffer over: it gets a copy. */
export function openPdf(bytes: Uint8Array): Promise<pdfjs.PDFDocumentProxy> {
  return pdfjs.getDocument({ ...PDF_PARAMS, worker: sharedWorker(), data: bytes.slice() }).promise;
}
