import { parseArgs } from 'node:util';
import { auditDocument, auditPdf, auditText, summarize, toCsv, TOOL } from '../lib/audit';
import type { AuditExport } from '../lib/model';
import { loadFile, toDocument } from './load';
import { nodePdfJs } from './pdfjs';

const USAGE = `用法 (usage): gov-report-audit [--format text|json|csv] FILE…

核查政府信息公开工作年度报告（.html/.htm 网页、.txt 文本、.pdf 或 .docx 文件）。
Audits government information-disclosure annual reports saved as .html/.htm pages, .txt, .pdf or .docx files.

  --format text   每个文件一段中文结论（默认） / a readable verdict per file (default)
  --format json   JSON 数组，每个文件一个导出对象 (schema gov-report-audit/v1)
  --format csv    每个单元格一行、每条发现一行，UTF-8 带 BOM
  --help, --version

退出码 (exit status): 0 无错误 no error findings · 1 有错误 error findings · 2 有文件无法读取 a file could not be read
（含扫描件、加密或损坏的 PDF / including scanned, encrypted or damaged PDFs）`;

type Format = 'text' | 'json' | 'csv';

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals: files } = parsed;
  if (values.help) return void process.stdout.write(`${USAGE}\n`), 0;
  if (values.version) return void process.stdout.write(`${TOOL.version}\n`), 0;
  const format = values.format as Format;
  if (!['text', 'json', 'csv'].includes(format)) {
    process.stderr.write(`未知格式 (unknown format): ${format}\n\n${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const audits: AuditExport[] = [];
  let unreadable = 0;
  const progress = progressReporter(files.length);
  for (const [i, file] of files.entries()) {
    progress(i, file);
    const audit = await auditFile(file);
    if (typeof audit === 'string') {
      unreadable++;
      process.stderr.write(`${file}: ${audit}\n`);
      continue;
    }
    audits.push(audit);
    // A PDF or Word file we could not read (scan, password, damage) is a file that could not be read: exit 2.
    if (audit.verdict.status === 'unreadable' && (audit.source.kind === 'pdf' || audit.source.kind === 'docx')) unreadable++;
    if (format === 'text') process.stdout.write(`${summarize(audit)}\n\n`);
  }
  progress(files.length, '');

  if (format === 'json') process.stdout.write(`${JSON.stringify(audits, null, 2)}\n`);
  if (format === 'csv') process.stdout.write(toCsv(audits));
  if (unreadable > 0) return 2;
  return audits.some((a) => a.verdict.counts.error > 0) ? 1 : 0;
}

// pdf.js is loaded once, and only when a PDF is among the files.
let pdfReader: ReturnType<typeof nodePdfJs> | undefined;

async function auditFile(file: string): Promise<AuditExport | string> {
  const loaded = await loadFile(file);
  if (!loaded.ok) return loaded.reason;
  if (loaded.kind === 'text') return auditText(loaded.text, { url: file });
  if (loaded.kind === 'pdf') {
    const { pdfjs, options } = await (pdfReader ??= nodePdfJs());
    return auditPdf(loaded.bytes, { url: file }, pdfjs, options);
  }
  if (loaded.kind === 'docx') return '暂不支持 .docx (not yet supported)';
  const { document, close } = toDocument(loaded.html);
  try {
    return auditDocument(document, { url: file, title: document.title });
  } finally {
    close();
  }
}

/** One line a file when a person is watching a batch; nothing for a single file. */
function progressReporter(total: number): (done: number, file: string) => void {
  if (total < 2) return () => {};
  const tty = process.stderr.isTTY;
  return (done, file) => {
    if (done === total) {
      if (tty) process.stderr.write('\r\x1b[K');
      process.stderr.write(`已核查 ${total} 个文件 (audited ${total} files)\n`);
    } else if (tty) {
      process.stderr.write(`\r\x1b[K[${done + 1}/${total}] ${file}`);
    } else if (done % 25 === 0) {
      process.stderr.write(`[${done + 1}/${total}] ${file}\n`);
    }
  };
}

process.exitCode = await main(process.argv.slice(2));
