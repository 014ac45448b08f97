import { auditedDocument, auditedPdf, auditedText, withPrevious } from '../lib/audit';
import { bodyOf } from '../lib/match';
import type { AuditExport, AuditRecord, BodyRecord } from '../lib/model';
import { fromUtf8, loadFile, toDocument } from './load';
import type { Format } from './formats';
import { render, type Rendered } from './output';
import { readSpool, type Slot } from './spool';

export interface BatchOptions {
  format: Format;
  /**
   * Several files: each is rendered as it reads with no predecessor, and its record is kept (as
   * JSON) with what pairing reads, in case the same body's report of the year before is among
   * them. One file: rendered as audited.
   */
  crossYear: boolean;
  /**
   * The batch's one instant (ISO), every file's `auditedAt`: where a body has two reports for the
   * year before, pairing then takes one by address, not whichever a thread happened to finish last.
   */
  auditedAt: string;
}

/**
 * A file's part of a batch, on whichever thread audited it: plain data and strings (rendered here,
 * so the main thread only copies them), and the few facts the exit status needs.
 */
export type FileResult =
  | { ok: false; reason: string }
  | {
      ok: true;
      rendered: Rendered;
      /** The rendered export has error findings. */
      errors: boolean;
      /** A PDF or Word file we could not read (scan, password, damage): a file that could not be read. */
      unreadable: boolean;
      /** What pairing reads, and the record for the cross-year rules as `heldText` keeps it. */
      held: { identity: BodyRecord; record: string } | null;
    };

export async function auditForBatch(file: string, options: BatchOptions): Promise<FileResult> {
  const record = await audit(file, new Date(options.auditedAt));
  if (typeof record === 'string') return { ok: false, reason: record };
  const own = record.export;
  const unreadable = own.verdict.status === 'unreadable' && (own.source.kind === 'pdf' || own.source.kind === 'docx');
  const shown: AuditExport = options.crossYear ? withPrevious(record, null) : own;
  return {
    ok: true,
    rendered: render(options.format, shown, null),
    errors: shown.verdict.counts.error > 0,
    unreadable,
    held: options.crossYear ? { identity: bodyOf(record), record: heldText(options.format, record) } : null,
  };
}

/**
 * A record held while a batch is read, as JSON: without its export when the rendered chunk is that
 * export's JSON (the JSON format), so one serialisation serves both: the record's own took a
 * quarter of a millisecond a corpus page, and its bytes as long again through the spool. The chunk
 * is `withPrevious(record, null)`, which is the export as `withPrevious` reads it: it sets the
 * cross-year findings and dismissals afresh.
 */
function heldText(format: Format, record: AuditRecord): string {
  if (format !== 'json') return JSON.stringify(record);
  const { export: _, ...rest } = record;
  return JSON.stringify(rest);
}

/** The record `heldText` kept, from what it kept and the file's rendered chunk, as the spool gives them back. */
export function heldRecord(format: Format, chunk: Buffer, held: Buffer): AuditRecord {
  const rest = JSON.parse(fromUtf8(held)) as AuditRecord;
  return format === 'json' ? { ...rest, export: JSON.parse(fromUtf8(chunk)) as AuditRecord['export'] } : rest;
}

// pdf.js (and the Word reader's zip and XML code) load once per thread, and only when such a file is
// among its files: a page or `--version` never pays for them.
let pdfReader: Promise<{ pdfjs: import('../lib/audit').PdfJs; options: import('../lib/audit').PdfOptions }> | undefined;
let docxReader: Promise<typeof import('../lib/audit/docx')> | undefined;

async function audit(file: string, at?: Date): Promise<AuditRecord | string> {
  const loaded = await loadFile(file);
  if (!loaded.ok) return loaded.reason;
  switch (loaded.kind) {
    case 'text':
      return auditedText(loaded.text, { url: file, at });
    case 'pdf': {
      const { pdfjs, options } = await (pdfReader ??= import('./pdfjs').then((m) => m.nodePdfJs()));
      return auditedPdf(loaded.bytes, { url: file, at }, pdfjs, options);
    }
    case 'docx': {
      const { auditedDocx } = await (docxReader ??= import('../lib/audit/docx'));
      return auditedDocx(loaded.bytes, { url: file, at });
    }
    case 'html': {
      const document = toDocument(loaded.html);
      return auditedDocument(document, { url: file, title: document.title, at });
    }
  }
}

/** A file's output and record (`heldText`) where a batch's spool keeps them. */
export interface Spooled {
  chunk: Slot;
  record: Slot;
}

/** A file of a batch to render again with the same body's report of the year before, both read from the spool at `spool`. */
export interface PairTask {
  spool: string;
  format: Format;
  current: Spooled;
  previous: Spooled;
  /** The previous report's file, as the output names it. */
  previousFile: string;
}

export type PairResult = { ok: true; rendered: Rendered; errors: boolean } | { ok: false; reason: string };

/** The cross-year rules' part of a batch: on any thread, since each is a parse of two records and a render (2.5 ms a pair of corpus pages). */
export function renderWithPrevious(task: PairTask): PairResult {
  const [chunk, record, lastChunk, lastRecord] = readSpool(task.spool, [task.current.chunk, task.current.record, task.previous.chunk, task.previous.record]);
  const audit = withPrevious(heldRecord(task.format, chunk!, record!), heldRecord(task.format, lastChunk!, lastRecord!));
  return { ok: true, rendered: render(task.format, audit, task.previousFile), errors: audit.verdict.counts.error > 0 };
}
