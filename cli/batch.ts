import { withPrevious, type SummaryRow } from '../lib/audit';
import { yearPairs } from '../lib/match';
import type { BodyRecord } from '../lib/model';
import { heldRecord } from './audit-file';
import type { Format } from './formats';
import { render, sinkFor } from './output';
import { auditFiles } from './pool';
import { Spool, type Slot } from './spool';

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
  try {
    let done = 0;
    for await (const { index, file, result } of auditFiles(files, { jobs, format, crossYear, entry, auditedAt: new Date().toISOString() })) {
      progress(done++, file);
      if (!result.ok) {
        unreadable++;
        process.stderr.write(`${file}: ${result.reason}\n`);
        continue;
      }
      if (result.unreadable) unreadable++;
      if (spool && result.held) {
        held[index] = { identity: result.held.identity, chunk: spool.put(result.rendered.chunk), record: spool.put(result.held.record), row: result.rendered.row, errors: result.errors };
      } else {
        errors ||= result.errors;
        sink.write(result.rendered.chunk, result.rendered.row);
      }
    }
    progress(files.length, '');
    if (spool) {
      // Grouped by body and ordered by year (lib/match); written in the order given.
      const kept = held.filter((h): h is Held => h !== null);
      const previous = new Map(yearPairs(kept.map((h) => h.identity)).map((p) => [p.current, p.previous]));
      const byIdentity = new Map(kept.map((h) => [h.identity, h]));
      const recordOf = (h: Held) => heldRecord(format, spool.get(h.chunk), spool.get(h.record));
      for (const h of kept) {
        const last = previous.get(h.identity);
        if (!last) {
          errors ||= h.errors;
          sink.write(spool.get(h.chunk), h.row);
          continue;
        }
        const audit = withPrevious(recordOf(h), recordOf(byIdentity.get(last)!));
        const rendered = render(format, audit, last.export.source.url);
        errors ||= audit.verdict.counts.error > 0;
        sink.write(rendered.chunk, rendered.row);
      }
    }
    sink.end();
  } finally {
    spool?.close();
  }
  if (unreadable > 0) return 2;
  return errors ? 1 : 0;
}

/** A file of a batch while the others are read: what pairing reads, and where its output and record wait. */
interface Held {
  identity: BodyRecord;
  chunk: Slot;
  record: Slot;
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

