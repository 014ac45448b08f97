// The CLI as it was before the light DOM, bundle and threads (commit 7d5c59d): TypeScript through
// tsx at every start, jsdom for the DOM, every export held until the end. Kept only as the bench's
// baseline, run in the same session as the current CLI so the ratio means something on a busy machine.
//   node --import tsx scripts/bench/old-cli.ts [--version] [--format json|text] FILE…
import { JSDOM } from 'jsdom';
import { auditDocument, auditText, summarize } from '../../lib/audit';
import type { AuditExport } from '../../lib/model';
import { loadFile } from '../../cli/load';

const args = process.argv.slice(2);
if (args[0] === '--version') {
  process.stdout.write('0\n');
} else {
  const format = args[0] === '--format' ? args[1]! : 'text';
  const files = args[0] === '--format' ? args.slice(2) : args;
  const audits: AuditExport[] = [];
  for (const file of files) {
    const loaded = await loadFile(file);
    if (!loaded.ok || loaded.kind === 'pdf' || loaded.kind === 'docx') continue;
    let audit: AuditExport;
    if (loaded.kind === 'text') {
      audit = auditText(loaded.text, { url: file });
    } else {
      const dom = new JSDOM(loaded.html);
      audit = auditDocument(dom.window.document, { url: file, title: dom.window.document.title });
      dom.window.close();
    }
    audits.push(audit);
    if (format === 'text') process.stdout.write(`${summarize(audit)}\n\n`);
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(audits, null, 2)}\n`);
}
