import { auditedDocument, auditedText, type Audited } from '../lib/audit';
import { loadFile, toDocument } from './load';

/**
 * What auditing one file gives, on whichever thread ran it: the export (and, when asked, the
 * narrative that rules across files read), or why the file could not be read. Plain data, so it
 * crosses from a worker thread by structured clone.
 */
export type FileOutcome = ({ ok: true } & Audited) | { ok: false; reason: string };

export interface FileOptions {
  /** Keep the report's narrative beside the export (it costs a copy between threads otherwise). */
  narrative: boolean;
}

export async function auditFile(file: string, options: FileOptions): Promise<FileOutcome> {
  const loaded = await loadFile(file);
  if (!loaded.ok) return loaded;
  const audited =
    loaded.kind === 'text'
      ? auditedText(loaded.text, { url: file })
      : (() => {
          const document = toDocument(loaded.html);
          return auditedDocument(document, { url: file, title: document.title });
        })();
  return options.narrative ? { ok: true, ...audited } : { ok: true, export: audited.export };
}
