import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { TOOL } from '../lib/audit/tool';
import { FORMATS, type Format } from './formats';
import { defaultJobs, FILES_PER_THREAD } from './jobs';

// This module answers --help, --version and a wrong option alone: the auditor (the rules, zod's
// schemas, the parser) is a chunk of its own, loaded once there are files to audit.

const USAGE = `用法 (usage): gov-report-audit [--format text|json|csv] [--jobs N] FILE…

核查政府信息公开工作年度报告（.html/.htm 网页、.txt 文本、.pdf 或 .docx 文件）。
Audits government information-disclosure annual reports saved as .html/.htm pages, .txt, .pdf or .docx files.

  --format text   每个文件一段中文结论（默认） / a readable verdict per file (default)
  --format json   JSON 数组，每个文件一个导出对象 (schema gov-report-audit/v1)
  --format csv    每个单元格一行、每条发现一行，UTF-8 带 BOM
  --jobs N        同时核查的线程数，默认每 ${FILES_PER_THREAD} 个文件一个线程、至多为 CPU 核数 (${availableParallelism()})
                  audit threads, default: one per ${FILES_PER_THREAD} files, at most the CPU cores (${availableParallelism()})
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
  const jobs = values.jobs === undefined ? defaultJobs(files.length) : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) {
    process.stderr.write(`--jobs 须为正整数 (must be a positive whole number): ${values.jobs}\n\n${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const { auditBatch } = await import('./batch');
  return auditBatch(files, { format, jobs, entry: new URL(import.meta.url) });
}

// One file for both sides of `--jobs`: the bundle starts its own workers from itself.
if (!isMainThread && (workerData as { auditWorker?: boolean } | null)?.auditWorker) (await import('./pool')).serveTasks(parentPort!);
else process.exitCode = await main(process.argv.slice(2));
