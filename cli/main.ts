import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TOOL, withPrevious } from '../lib/audit';
import { yearPairs } from '../lib/match';
import type { AuditRecord } from '../lib/model';
import { FORMATS, sinkFor, type Format } from './output';
import { auditFiles, defaultJobs, serveAudits } from './pool';

const USAGE = `用法 (usage): gov-report-audit [--format text|json|csv] [--jobs N] FILE…

核查政府信息公开工作年度报告（.html/.htm 网页、.txt 文本、.pdf 或 .docx 文件）。
Audits government information-disclosure annual reports saved as .html/.htm pages, .txt, .pdf or .docx files.

  --format text   每个文件一段中文结论（默认） / a readable verdict per file (default)
  --format json   JSON 数组，每个文件一个导出对象 (schema gov-report-audit/v1)
  --format csv    每个单元格一行、每条发现一行，UTF-8 带 BOM
  --jobs N        同时核查的线程数，默认为 CPU 核数 / audit threads, default: the CPU cores (${defaultJobs()})
  --help, --version

退出码 (exit status): 0 无错误 no error findings · 1 有错误 error findings · 2 有文件无法读取 a file could not be read
（含扫描件、加密或损坏的 PDF / including scanned, encrypted or damaged PDFs）`;

async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'text' },
        jobs: { type: 'string', short: 'j' },
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
  if (!FORMATS.includes(format)) {
    process.stderr.write(`未知格式 (unknown format): ${format}\n\n${USAGE}\n`);
    return 2;
  }
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`--jobs 须为正整数 (must be a positive whole number): ${values.jobs}\n\n${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  let unreadable = 0;
  let errors = false;
  const sink = sinkFor(format, (chunk) => process.stdout.write(chunk));
  const progress = progressReporter(files.length);
  // Several files may hold the same body's reports of consecutive years: the cross-year rules need
  // them all before any is written. One file streams straight out.
  const crossYear = files.length > 1;
  const held: AuditRecord[] = [];
  const write = (audit: AuditRecord['export'], previous: string | null) => {
    errors ||= audit.verdict.counts.error > 0;
    sink.write(audit, previous);
  };
  let done = 0;
  for await (const { file, outcome } of auditFiles(files, { jobs, narrative: crossYear, entry: new URL(import.meta.url) })) {
    progress(done++, file);
    if (!outcome.ok) {
      unreadable++;
      process.stderr.write(`${file}: ${outcome.reason}\n`);
      continue;
    }
    const audit = outcome.export;
    // A PDF or Word file we could not read (scan, password, damage) is a file that could not be read: exit 2.
    if (audit.verdict.status === 'unreadable' && (audit.source.kind === 'pdf' || audit.source.kind === 'docx')) unreadable++;
    if (crossYear) held.push({ export: audit, narrative: outcome.narrative ?? [], dismissed: [] });
    else write(audit, null);
  }
  progress(files.length, '');
  if (crossYear) {
    // Grouped by body and ordered by year (lib/match); written in the order given.
    const previous = new Map(yearPairs(held).map((p) => [p.current, p.previous]));
    for (const record of held) {
      const last = previous.get(record) ?? null;
      write(withPrevious(record, last), last?.export.source.url ?? null);
    }
  }
  sink.end();
  if (unreadable > 0) return 2;
  return errors ? 1 : 0;
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

// One file for both sides of `--jobs`: the bundle starts its own workers from itself.
if (!isMainThread && (workerData as { auditWorker?: boolean } | null)?.auditWorker) serveAudits(parentPort!);
else process.exitCode = await main(process.argv.slice(2));
