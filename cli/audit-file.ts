import { auditedDocument, auditedPdf, auditedText } from '../lib/audit';
import { auditedDocx } from '../lib/audit/docx';
import type { AuditRecord } from '../lib/model';
import { loadFile, toDocument } from './load';
import { nodePdfJs } from './pdfjs';

/**
 * What auditing one file gives, on whichever thread ran it: the export (and, when asked, the
 * narrative that rules across files read), or why the file could not be read. Plain data, so it
 * crosses from a worker thread by structured clone.
 */
export type FileOutcome = ({ ok: true } & Pick<AuditRecord, 'export'> & Partial<Pick<AuditRecord, 'narrative'>>) | { ok: false; reason: string };

export interface FileOptions {
  /** Keep the report's narrative beside the export (it costs a copy between threads otherwise). */
  narrative: boolean;
}

// pdf.js is loaded once per thread, and only when a PDF is among its files.
let pdfReader: ReturnType<typeof nodePdfJs> | undefined;

export async function auditFile(file: string, options: FileOptions): Promise<FileOutcome> {
  const audited = await audit(file);
  if (typeof audited === 'string') return { ok: false, reason: audited };
  return options.narrative ? { ok: true, export: audited.export, narrative: audited.narrative } : { ok: true, export: audited.export };
}

async function audit(file: string): Promise<AuditRecord | string> {
  const loaded = await loadFile(file);
  if (!loaded.ok) return loaded.reason;
  switch (loaded.kind) {
    case 'text':
      return auditedText(loaded.text, { url: file });
    case 'pdf': {
      const { pdfjs, options } = await (pdfReader ??= nodePdfJs());
      return auditedPdf(loaded.bytes, { url: file }, pdfjs, options);
    }
    case 'docx':
      return auditedDocx(loaded.bytes, { url: file });
    case 'html': {
      const document = toDocument(loaded.html);
      return auditedDocument(document, { url: file, title: document.title });
    }
  }
}
