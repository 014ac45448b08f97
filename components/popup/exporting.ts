import { toCsv } from '../../lib/audit/csv';
import type { AuditExport } from '../../lib/model';

/** The JSON a reviewer saves: the audit exactly as shown (dismissals applied), the CLI's serialisation. */
export const auditJson = (audit: AuditExport): string => JSON.stringify(audit, null, 2);

/** toCsv adds the UTF-8 BOM that Excel and WPS need to read Chinese. */
export const auditCsv = (audit: AuditExport): string => toCsv([audit]);

/**
 * Saves text as a file from the popup page itself: a Blob and a click on an `<a download>`.
 * No `downloads` permission is needed, and none may be added.
 */
export function saveFile(doc: Document, name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.style.display = 'none';
  doc.body.append(a);
  a.click();
  a.remove();
  // The click starts the download synchronously; revoke later so slow browsers still read it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
