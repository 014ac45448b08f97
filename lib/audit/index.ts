import type { AuditExport } from '../model';
import { parseDocument, parseText } from '../parse';
import { guarded, type Source } from './assemble';

export { applyDismissals } from './dismiss';
export { toCsv } from './csv';
export { summarize } from './summary';
export { TOOL } from './tool';
export type { Source } from './assemble';
// PDF and Word files: `./files` (kept out of this module so the page scripts do not bundle the readers).

/** Audits a rendered page. Pure and synchronous; never throws (a failure becomes the verdict). */
export function auditDocument(doc: Document, source: Source): AuditExport {
  return guarded(() => parseDocument(doc), source, 'html');
}

/** Audits a text version of a report (the seeds' tab-led form, innerText, or `|` rows). */
export function auditText(text: string, source: Source): AuditExport {
  return guarded(() => parseText(text), source, 'text');
}

