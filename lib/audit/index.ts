import { AuditExport, SCHEMA_ID, type AuditRecord, type Bilingual, type HandCorrection, type ParsedReport, type Report, type SourceKind } from '../model';
import { parseDocument, parseSnapshot, parseText, type ParseOutcome } from '../parse';
import type { PageSnapshot } from '../snapshot/schema';
import type { PdfJs } from '../pdf/types';
import { parsePdf, type PdfOptions } from './pdf';
import { runRules } from '../rules';
import { applyCorrections } from './correct';
import { narrativeOf } from './narrative';
import { TOOL } from './tool';
import { countFindings, statusOf } from './verdict';

export { applyCorrections } from './correct';
export { applyDismissals } from './dismiss';
export { csvHead, csvRows, toCsv } from './csv';
export { summarize, summaryRow, summaryTable, type SummaryRow } from './summary';
export { TOOL } from './tool';
export { SCANNED, type PdfOptions } from './pdf';
export { withPrevious } from './xyear';
export type { PdfJs } from '../pdf/types';
// Word files: `./docx` (kept out of this module so the page scripts do not bundle its zip and XML readers).

export interface Source {
  /** The page's URL, or the file's path for the CLI. */
  url: string;
  /** The page's title as the browser shows it; defaults to the report's title. */
  title?: string;
  /** When the audit ran; defaults to now. */
  at?: Date;
  /** Values a person corrected by hand: the rules run on them, the export keeps what was read. */
  corrections?: readonly HandCorrection[];
}

/** Audits a rendered page. Pure and synchronous; never throws (a failure becomes the verdict). */
export function auditDocument(doc: Document, source: Source): AuditExport {
  return auditedDocument(doc, source).export;
}

/** Audits a text version of a report (the seeds' tab-led form, innerText, or `|` rows). */
export function auditText(text: string, source: Source): AuditExport {
  return auditedText(text, source).export;
}

/**
 * `auditDocument` keeping what cross-year checks need besides the export: the narrative by
 * section (the export leaves the page's own text out). An `AuditRecord`, as the CLI and the
 * history hold it; `withPrevious` adds the cross-year findings once last year's record is known.
 * Empty narrative when nothing was read as a report. Not checked against the schema, as
 * `auditedSnapshot` (the same function of the same data): a page's export is the checked one byte
 * for byte (test/audit/page.test.ts), and the check cost the CLI a tenth of its CPU per page.
 */
export function auditedDocument(doc: Document, source: Source): AuditRecord {
  return guarded(() => parseDocument(doc), source, 'html', asIs);
}

/** `auditedDocument` for a text version of a report. */
export function auditedText(text: string, source: Source): AuditRecord {
  return guarded(() => parseText(text), source, 'text', checked);
}

/**
 * Audits a PDF. `pdfjs` is the pdf.js module the caller configured (pdfjs-dist 5.6): in Node
 * `await import('pdfjs-dist/legacy/build/pdf.mjs')`; in an extension page the bundled build with
 * `GlobalWorkerOptions.workerSrc` set to the bundled worker. `options.params` go to
 * `getDocument` unchanged (e.g. `cMapUrl`, `cMapPacked`, `standardFontDataUrl`, or the
 * `CMapReaderFactory` of your choice): `lib/` fetches nothing itself.
 *
 * Never throws. The export is the same as for a page, with `source.kind: 'pdf'` and every cell's
 * `at` carrying `page` (1-based) and `box` ([x0, y0, x1, y1] in PDF user space, origin bottom-left,
 * y up: `viewport.convertToViewportRectangle(box)` gives canvas pixels). A scan without a text
 * layer, an encrypted, broken or oversized file: verdict `unreadable` with the reason (`SCANNED`
 * for a scan); pages past the page limit are skipped and the verdict's reason says so.
 */
export async function auditPdf(bytes: Uint8Array, source: Source, pdfjs: PdfJs, options: PdfOptions = {}): Promise<AuditExport> {
  return (await auditedPdf(bytes, source, pdfjs, options)).export;
}

/** `auditedDocument` for a PDF. */
export async function auditedPdf(bytes: Uint8Array, source: Source, pdfjs: PdfJs, options: PdfOptions = {}): Promise<AuditRecord> {
  let outcome: ParseOutcome;
  try {
    const parsed = await parsePdf(bytes, pdfjs, options);
    outcome = parsed.status === 'failed' ? { status: 'unreadable', reason: parsed.reason, report: emptyReport(null), unopened: true } : parsed;
  } catch (error) {
    return guarded(() => {
      throw error;
    }, source, 'pdf', checked);
  }
  return guarded(() => outcome, source, 'pdf', checked);
}

/**
 * `auditedDocument` of a page already read into a snapshot (lib/snapshot), as the background
 * receives it from the audit script: the same function of the same data (`parseDocument` reads
 * the snapshot too). The export is not checked against its schema: it is our own output, checked
 * where it crosses a trust boundary (the popup parses every reply a content script sends,
 * utils/protocol `AuditReply`).
 */
export function auditedSnapshot(page: PageSnapshot, source: Source): AuditRecord {
  return guarded(() => parseSnapshot(page), source, 'html', asIs);
}

/** What becomes of the assembled export: checked against the schema (keys in its order, nothing else kept), or as built. */
type Finish = (draft: AuditExport) => AuditExport;
const checked: Finish = (draft) => AuditExport.parse(draft);
const asIs: Finish = (draft) => draft;

/** Runs the rules on a parse outcome into a record; a parser that throws still gives a verdict. Also for `./docx`. */
export function guarded(parse: () => ParseOutcome, source: Source, kind: SourceKind, finish: Finish = checked): AuditRecord {
  try {
    const outcome = parse();
    const audit = assemble(outcome, source, kind, finish);
    const narrative = outcome.status === 'not-a-report' ? [] : narrativeOf(outcome.report.narrative);
    return { export: audit, narrative, dismissed: [] };
  } catch (error) {
    // The parser promises not to throw; if it does, the user still gets a verdict, not a stack.
    const detail = error instanceof Error ? error.message : String(error);
    const audit = assemble(
      {
        status: 'unreadable',
        reason: { zh: `读取页面时出错：${detail}`, en: `The page could not be read: ${detail}` },
        report: emptyReport(null),
      },
      source,
      kind,
      finish,
    );
    return { export: audit, narrative: [], dismissed: [] };
  }
}

function assemble(outcome: ParseOutcome, source: Source, kind: SourceKind, finish: Finish): AuditExport {
  const base = {
    schema: SCHEMA_ID,
    source: {
      url: source.url,
      title: source.title ?? titleOf(outcome) ?? '',
      auditedAt: (source.at ?? new Date()).toISOString(),
      tool: { name: TOOL.name, version: TOOL.version },
      kind,
    },
  } as const;

  if (outcome.status === 'not-a-report') {
    return finish({
      ...base,
      report: exportable(emptyReport(outcome.title)),
      findings: [],
      verdict: { status: 'not-a-report', counts: countFindings([]), rulesRun: [], rulesNotApplicable: [], reason: outcome.reason },
    });
  }

  const report = applyCorrections(outcome.report, source.corrections ?? []);
  const run = outcome.status === 'unreadable' && outcome.unopened ? { findings: [], rulesRun: [], rulesNotApplicable: [] } : runRules(report);
  const counts = countFindings(run.findings);
  // A report read only in part (rows past the size guard) says so: data is never dropped silently.
  const reason: Bilingual | undefined = outcome.status === 'unreadable' ? outcome.reason : joined(outcome.notes ?? []);
  return finish({
    ...base,
    report: exportable(report),
    findings: run.findings,
    verdict: {
      status: outcome.status === 'unreadable' ? 'unreadable' : statusOf(counts),
      counts,
      rulesRun: run.rulesRun,
      rulesNotApplicable: run.rulesNotApplicable,
      ...(reason ? { reason } : {}),
    },
  });
}

function joined(notes: readonly Bilingual[]): Bilingual | undefined {
  if (notes.length === 0) return undefined;
  return { zh: notes.map((n) => n.zh).join('；'), en: notes.map((n) => n.en).join('; ') };
}

function titleOf(outcome: ParseOutcome): string | null {
  return outcome.status === 'not-a-report' ? outcome.title : outcome.report.title;
}

/** The narrative stays out of the export: it is the page's own text, not data we derived; so do the reader's working notes. */
function exportable(report: ParsedReport): Report {
  const { narrative: _n, otherMatters: _o, unaligned: _u, mentioned: _m, ...rest } = report;
  return rest;
}

export function emptyReport(title: string | null): ParsedReport {
  return {
    format: 'unknown',
    year: null,
    organ: null,
    title,
    publishedAt: null,
    period: null,
    sections: [],
    tables: { activeDisclosure: null, applications: null, reviewLitigation: null },
    labels: [],
    narrative: '',
    otherMatters: '',
  };
}
