import { setFlagsFromString } from 'node:v8';
import type { SummaryRow } from '../lib/audit';
import { yearPairs } from '../lib/match';
import type { BodyRecord } from '../lib/model';
import type { PairResult, PairTask, Spooled } from './audit-file';
import type { Format } from './formats';
import { sinkFor, type Sink } from './output';
import { Pool } from './pool';
import { Spool } from './spool';

/**
 * Audits `files` and writes the output to stdout; the exit status: 0 no error findings, 1 error
 * findings, 2 a file could not be read. `entry`: the bundle's module, which worker threads run.
 */
export async function auditBatch(files: readonly string[], options: { format: Format; jobs: number; entry: URL }): Promise<number> {
  const { format, jobs, entry } = options;
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  // Each heap grows by half what survives a full collection before the next, not by V8's own factor
  // (up to four times): most of a page is garbage by the next page, and V8 let the old generation
  // fill with it. 1,000 files (30% Word exports) on two threads, seven runs each, alternating: peak
  // 186–204 MB against 235–269 MB; full collections 13 → 29, their pauses 77 → 246 ms of ~14 s of
  // CPU (at 100%: 202–218 MB). V8 reads the flag at each collection, so it holds for the workers too.
  setFlagsFromString('--heap-growing-percent=50');
  let unreadable = 0;
  let errors = false;
  const sink = sinkFor(format, (chunk) => process.stdout.write(chunk));
  const progress = progressReporter(files.length);
  // Several files may hold the same body's reports of consecutive years: the cross-year rules need
  // them all before any is written, so each file's output and record wait in a spool file, and only
  // what pairing reads stays in memory. One file streams straight out.
  const crossYear = files.length > 1;
  const spool = crossYear ? new Spool() : null;
  const held: Array<Held | null> = files.map(() => null);
  const pool = new Pool(Math.max(1, Math.min(jobs, files.length)), entry);
  try {
    let done = 0;
    const batch = { format, crossYear, auditedAt: new Date().toISOString() };
    for await (const { index, result } of pool.map('audit', files.map((file) => ({ file, options: batch })))) {
      const file = files[index]!;
      progress(done++, file);
      if (!result.ok) {
        unreadable++;
        process.stderr.write(`${file}: ${result.reason}\n`);
        continue;
      }
      if (result.unreadable) unreadable++;
      if (spool && result.held) {
        const spooled = { chunk: spool.put(result.rendered.chunk), record: spool.put(result.held.record) };
        held[index] = { file, identity: result.held.identity, spooled, row: result.rendered.row, errors: result.errors };
      } else {
        errors ||= result.errors;
        sink.write(result.rendered.chunk, result.rendered.row);
      }
    }
    progress(files.length, '');
    if (spool && (await writeHeld(held.filter((h): h is Held => h !== null), { spool, pool, sink, format }))) errors = true;
    sink.end();
  } finally {
    await pool.close();
    spool?.close();
  }
  if (unreadable > 0) return 2;
  return errors ? 1 : 0;
}

/**
 * Writes the files a batch held, in the order given, each with the cross-year findings when the same
 * body's report of the year before is among them (grouped by body and ordered by year: lib/match).
 * Those are rendered again on every thread of the pool, each written as soon as those before it are.
 * Whether any written export has error findings.
 */
async function writeHeld(kept: Held[], { spool, pool, sink, format }: { spool: Spool; pool: Pool; sink: Sink; format: Format }): Promise<boolean> {
  let errors = false;
  const previous = new Map(yearPairs(kept.map((h) => h.identity)).map((p) => [p.current, p.previous]));
  const byIdentity = new Map(kept.map((h) => [h.identity, h]));
  const paired = kept.filter((h) => previous.has(h.identity));
  const tasks = paired.map((h): PairTask => {
    const last = previous.get(h.identity)!;
    return { spool: spool.path, format, current: h.spooled, previous: byIdentity.get(last)!.spooled, previousFile: last.export.source.url };
  });
  const rendered = new Map<Held, PairResult>();
  let written = 0;
  const writeReady = () => {
    for (; written < kept.length; written++) {
      const h = kept[written]!;
      if (previous.has(h.identity)) {
        const result = rendered.get(h);
        if (!result) return;
        rendered.delete(h);
        if (result.ok) {
          errors ||= result.errors;
          sink.write(result.rendered.chunk, result.rendered.row);
          continue;
        }
        // Our failure, not the report's: its own findings are still written.
        process.stderr.write(`${h.file}: ${result.reason}\n`);
      }
      errors ||= h.errors;
      sink.write(spool.get(h.spooled.chunk), h.row);
    }
  };
  for await (const { index, result } of pool.map('pair', tasks)) {
    rendered.set(paired[index]!, result);
    writeReady();
  }
  writeReady();
  return errors;
}

/** A file of a batch while the others are read: what pairing reads, and where its output and record wait. */
interface Held {
  file: string;
  identity: BodyRecord;
  spooled: Spooled;
  row: SummaryRow | null;
  /** Its output as it reads without a predecessor has error findings. */
  errors: boolean;
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

