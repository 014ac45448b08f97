import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Where a text was put: its UTF-8 bytes' place in the spool file. */
export interface Slot {
  offset: number;
  length: number;
}

/**
 * Texts a batch must keep until every file is read (each file's rendered output and its record for
 * the cross-year rules), in a temporary file rather than in memory: memory stays flat however many
 * files are given. Removed on `close()`, and when the process exits without it.
 */
export class Spool {
  private readonly dir: string;
  /** The file, which a batch's worker threads read too (`readSpool`). */
  readonly path: string;
  private readonly fd: number;
  private size = 0;
  private closed = false;
  private readonly onExit = () => this.close();

  constructor() {
    this.dir = mkdtempSync(join(tmpdir(), 'gov-report-audit-'));
    this.path = join(this.dir, 'spool');
    this.fd = openSync(this.path, 'w+');
    process.once('exit', this.onExit);
  }

  put(text: string): Slot {
    const length = writeSync(this.fd, text, this.size, 'utf8');
    const slot = { offset: this.size, length };
    this.size += length;
    return slot;
  }

  get(slot: Slot): Buffer {
    return readSlot(this.fd, slot);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    process.removeListener('exit', this.onExit);
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** Texts another thread put in the spool file at `path`, each as its UTF-8 bytes. */
export function readSpool(path: string, slots: readonly Slot[]): Buffer[] {
  const fd = openSync(path, 'r');
  try {
    return slots.map((slot) => readSlot(fd, slot));
  } finally {
    closeSync(fd);
  }
}

function readSlot(fd: number, slot: Slot): Buffer {
  const bytes = Buffer.allocUnsafe(slot.length);
  for (let read = 0; read < slot.length; ) read += readSync(fd, bytes, read, slot.length - read, slot.offset + read);
  return bytes;
}
