import { AuditExport, SCHEMA_ID, type AuditRecord, type Bilingual, type ParsedReport, type Report, type SourceKind } from '../model';
import type { ParseOutcome } from '../parse';
import { runRules } from '../rules';
import { narrativeOf } from './narrative';
import { TOOL } from './tool';
import { countFindings, statusOf } from './verdict';

export interface Source {
  /** The page's URL, or the file's path for the CLI. */
  url: string;
  /** The page's title as the browser shows it; defaults to the report's title. */
  title?: string;
  /** When the audit ran; defaults to now. */
  at?: Date;
}

/** Runs the rules on a parse outcome and puts the record together; a parser that throws still gives a verdict. */
export function guarded(parse: () => ParseOutcome, source: Source, kind: SourceKind): AuditRecord {
  try {
    const outcome = parse();
    const audit = assemble(outcome, source, kind);
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
    );
    return { export: audit, narrative: [], dismissed: [] };
  }
}

function assemble(outcome: ParseOutcome, source: Source, kind: SourceKind): AuditExport {
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
    return AuditExport.parse({
      ...base,
      report: exportable(emptyReport(outcome.title)),
      findings: [],
      verdict: { status: 'not-a-report', counts: countFindings([]), rulesRun: [], rulesNotApplicable: [], reason: outcome.reason },
    });
  }

  const run = outcome.status === 'unreadable' && outcome.unopened ? { findings: [], rulesRun: [], rulesNotApplicable: [] } : runRules(outcome.report);
  const counts = countFindings(run.findings);
  // A report read only in part (rows past the size guard) says so: data is never dropped silently.
  const reason: Bilingual | undefined = outcome.status === 'unreadable' ? outcome.reason : joined(outcome.notes ?? []);
  return AuditExport.parse({
    ...base,
    report: exportable(outcome.report),
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
