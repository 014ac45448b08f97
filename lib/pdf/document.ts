import type { Bilingual } from '../model';
import { pageContent } from './read';
import type { PageContent, PdfDocument, PdfJs } from './types';

/** Limits that keep a hostile or absurd file from taking the reader down; what they skip is said. */
export interface PdfLimits {
  /** Bytes; larger files are not opened. */
  maxBytes: number;
  /** Pages read; the rest are skipped with a note. A report has 3-20 pages. */
  maxPages: number;
}
export const PDF_LIMITS: PdfLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 60 };

export type PdfRead =
  | { ok: true; pages: PageContent[]; notes: Bilingual[] }
  | { ok: false; reason: Bilingual };

const MB = (n: number) => (n >= 1024 * 1024 ? `${Math.round((n / 1024 / 1024) * 10) / 10} MB` : `${Math.round(n / 1024)} KB`);

/**
 * Opens a PDF with the caller's pdf.js and reads every page's text and rulings. Never throws:
 * an encrypted, broken or oversized file becomes a reason a person can act on.
 * `params` go to `getDocument` as they are (cMap and standard-font access, the worker).
 */
export async function readPdf(bytes: Uint8Array, pdfjs: PdfJs, params: Record<string, unknown> = {}, limits: PdfLimits = PDF_LIMITS): Promise<PdfRead> {
  if (bytes.length > limits.maxBytes) {
    return {
      ok: false,
      reason: { zh: `文件 ${MB(bytes.length)}，超过 ${MB(limits.maxBytes)} 的上限，未读取`, en: `The file is ${MB(bytes.length)}, over the ${MB(limits.maxBytes)} limit; not read` },
    };
  }
  if (!startsLikePdf(bytes)) {
    return { ok: false, reason: { zh: '不是 PDF 文件（文件头不是 %PDF-）', en: 'Not a PDF file (it does not start with %PDF-)' } };
  }
  let task;
  let doc: PdfDocument | null = null;
  try {
    // pdf.js transfers the buffer to its worker: give it a copy so the caller's bytes stay usable.
    // No `onPassword`: without one pdf.js rejects a password-protected file at once.
    task = pdfjs.getDocument({ isEvalSupported: false, stopAtErrors: false, ...params, data: bytes.slice() });
    doc = await task.promise;
  } catch (error) {
    void task?.destroy();
    return { ok: false, reason: openFailure(error) };
  }
  const notes: Bilingual[] = [];
  const pages: PageContent[] = [];
  const count = Math.min(doc.numPages, limits.maxPages);
  if (doc.numPages > limits.maxPages) {
    notes.push({
      zh: `共 ${doc.numPages} 页，只读取了前 ${limits.maxPages} 页，其余 ${doc.numPages - limits.maxPages} 页未读取`,
      en: `${doc.numPages} pages; only the first ${limits.maxPages} were read, ${doc.numPages - limits.maxPages} skipped`,
    });
  }
  const failed: number[] = [];
  try {
    for (let n = 1; n <= count; n++) {
      try {
        const page = await doc.getPage(n);
        pages.push(await pageContent(pdfjs, page, n));
        page.cleanup?.();
      } catch {
        failed.push(n);
      }
    }
  } finally {
    await doc.destroy().catch(() => {});
  }
  if (failed.length > 0) {
    notes.push({ zh: `第 ${failed.join('、')} 页无法读取（文件损坏或不完整）`, en: `Page${failed.length > 1 ? 's' : ''} ${failed.join(', ')} could not be read (the file is damaged or incomplete)` });
  }
  if (pages.length === 0) return { ok: false, reason: { zh: 'PDF 文件损坏或不完整，没有可读取的页面', en: 'The PDF is damaged or incomplete: no page could be read' } };
  return { ok: true, pages, notes };
}

function startsLikePdf(bytes: Uint8Array): boolean {
  // The header may follow up to 1 KB of junk (PDF 1.7 §7.5.2 readers accept it).
  const head = String.fromCharCode(...bytes.subarray(0, 1024));
  return head.includes('%PDF-');
}

function openFailure(error: unknown): Bilingual {
  const name = typeof error === 'object' && error !== null ? (error as { name?: string }).name : undefined;
  if (name === 'PasswordException' || (error instanceof Error && /password/i.test(error.message))) {
    return { zh: 'PDF 已加密，需要密码才能打开，无法核查', en: 'The PDF is encrypted and needs a password to open; it cannot be audited' };
  }
  if (name === 'InvalidPDFException') {
    return { zh: 'PDF 文件损坏或不完整，无法打开', en: 'The PDF is damaged or incomplete and cannot be opened' };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return { zh: `PDF 无法打开：${detail.slice(0, 120)}`, en: `The PDF cannot be opened: ${detail.slice(0, 120)}` };
}

/** Too little text for the pages it has, with images on them: a scan. */
export function looksScanned(pages: readonly PageContent[]): boolean {
  const chars = pages.reduce((n, p) => n + p.runs.reduce((m, r) => m + r.text.replace(/\s/g, '').length, 0), 0);
  return chars < 20 * pages.length && pages.some((p) => p.imageArea > p.width * p.height * 0.25);
}
