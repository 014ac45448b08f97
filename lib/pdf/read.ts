import { invert, apply } from './matrix';
import { drawing } from './rulings';
import { textRuns } from './text';
import type { PageContent, PdfJs, PdfPage } from './types';

/** One page's text and rulings in layout space. */
export async function pageContent(pdfjs: PdfJs, page: PdfPage, number: number): Promise<PageContent> {
  const viewport = page.getViewport({ scale: 1 });
  const toLayout = viewport.transform;
  const back = invert(toLayout);
  const [text, ops] = await Promise.all([page.getTextContent(), page.getOperatorList()]);
  const { segments, imageArea } = drawing(pdfjs.OPS, ops.fnArray, ops.argsArray, toLayout);
  return {
    page: number,
    width: viewport.width,
    height: viewport.height,
    runs: textRuns(text.items, text.styles, toLayout),
    segments,
    imageArea,
    toPdf: (x, y) => apply(back, x, y),
  };
}
