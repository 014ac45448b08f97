/**
 * The few pdf.js shapes the reader uses, so `lib/` needs no import of pdf.js itself: the caller
 * passes the module it configured (Node: `pdfjs-dist/legacy/build/pdf.mjs`; the extension: the
 * bundled build with its worker). Written against pdfjs-dist 5.6.
 */

export interface PdfTextItem {
  str: string;
  /** Text space to page space: [a, b, c, d, e, f]; (e, f) is the run's origin. */
  transform: number[];
  width: number;
  height: number;
  fontName: string;
  hasEOL?: boolean;
}

export interface PdfPage {
  /** [x0, y0, x1, y1] of the page in PDF user space. */
  view: number[];
  rotate: number;
  getViewport(params: { scale: number }): { transform: number[]; width: number; height: number };
  getTextContent(): Promise<{ items: unknown[]; styles: Record<string, { vertical?: boolean }> }>;
  getOperatorList(): Promise<{ fnArray: number[]; argsArray: unknown[] }>;
  cleanup?(): unknown;
}

export interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}

export interface PdfLoadingTask {
  promise: Promise<PdfDocument>;
  destroy(): Promise<void>;
}

/** The part of the pdf.js module the reader calls. */
export interface PdfJs {
  getDocument(params: Record<string, unknown>): PdfLoadingTask;
  OPS: Record<string, number>;
}

/** An axis-aligned box in layout space: PDF units, origin at the top-left of the page as shown, y down. */
export interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** A run of text as the page shows it. */
export interface TextRun extends Rect {
  text: string;
  /** Set when the run is set top to bottom (a vertical label). */
  vertical: boolean;
  /** Font size in PDF units. */
  size: number;
}

/** A horizontal or vertical ruling line in layout space (x0 = x1 or y0 = y1 after snapping). */
export type Segment = Rect;

/** One page reduced to what the table reader needs. */
export interface PageContent {
  /** 1-based. */
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  segments: Segment[];
  /** Images drawn on the page (a scan is one big image and no text). */
  imageArea: number;
  /** Layout space → PDF user space (what `CellRef.box` is given in). */
  toPdf: (x: number, y: number) => [number, number];
}
