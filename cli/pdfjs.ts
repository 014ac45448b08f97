import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { PdfJs, PdfOptions } from '../lib/audit';

/**
 * pdf.js for Node: the legacy build (runs on Node 20 without DOM globals; it starts its worker
 * in-process), with cMaps and standard fonts read from the installed package, never fetched.
 */
export async function nodePdfJs(): Promise<{ pdfjs: PdfJs; options: PdfOptions }> {
  const pdfjs = (await import('pdfjs-dist/legacy/build/pdf.mjs')) as unknown as PdfJs;
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return {
    pdfjs,
    options: {
      params: {
        cMapUrl: join(root, 'cmaps') + '/',
        cMapPacked: true,
        standardFontDataUrl: join(root, 'standard_fonts') + '/',
        // Errors only: pdf.js warns on stdout about every font quirk.
        verbosity: 0,
      },
    },
  };
}
