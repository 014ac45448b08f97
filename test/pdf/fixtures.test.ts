import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { decode, toDocument } from '../../cli/load';
import { nodePdfJs } from '../../cli/pdfjs';
import { auditDocument, auditPdf, SCANNED, type PdfJs, type PdfOptions } from '../../lib/audit';
import { auditDocx } from '../../lib/audit/docx';
import type { AuditExport, Cell } from '../../lib/model';
import type { PdfFixture } from '../../scripts/pdf-fixtures';
import { page, REPORT_TITLE } from '../e2e/pages/report';
import { typicalReport } from '../fixtures/scale/pages';
import { corpusDir, fixturesDir } from '../support/paths';

// The committed PDF/.docx set (scripts/pdf-fixtures.ts): every file printed or converted from an
// HTML page must audit as that page does, cell references aside.
const dir = resolve(fixturesDir, 'pdf');
const manifest = JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as PdfFixture[];
let reader: { pdfjs: PdfJs; options: PdfOptions };
beforeAll(async () => {
  reader = await nodePdfJs();
});

const at = new Date(0);
async function auditFixture(f: PdfFixture): Promise<AuditExport> {
  const bytes = new Uint8Array(readFileSync(resolve(dir, f.file)));
  return f.file.endsWith('.docx') ? auditDocx(bytes, { url: f.file, at }) : auditPdf(bytes, { url: f.file, at }, reader.pdfjs, reader.options);
}

function htmlOf(source: string): string {
  if (source === 'generated:typical') return page(REPORT_TITLE, typicalReport());
  const file = source.startsWith('corpus:') ? resolve(corpusDir, source.slice(7)) : resolve(fixturesDir, source);
  return decode(readFileSync(file));
}

function auditHtml(source: string): AuditExport {
  return auditDocument(toDocument(htmlOf(source)), { url: source, at });
}

/** What a reader sees of the tables: every value as read, without where it sits. */
const tables = (a: AuditExport) =>
  JSON.parse(JSON.stringify(a.report.tables, (k, v: unknown) => (k === 'at' ? undefined : v))) as Record<string, Record<string, Record<string, Omit<Cell, 'at'>>> | null>;
const findings = (a: AuditExport) => a.findings.map(({ rule, severity, outcome, message, expected, actual }) => ({ rule, severity, outcome, message, expected, actual }));

describe('PDF and .docx fixtures made from HTML pages', () => {
  for (const f of manifest.filter((m) => m.expect === 'same-as-html')) {
    it(`${f.file}: same tables, format and findings as ${f.html}`, async () => {
      const html = auditHtml(f.html!);
      const doc = await auditFixture(f);
      expect(doc.source.kind).toBe(f.file.endsWith('.docx') ? 'docx' : 'pdf');
      expect(tables(doc)).toEqual(tables(html));
      expect([doc.report.format, doc.report.year]).toEqual([html.report.format, html.report.year]);
      expect(findings(doc)).toEqual(findings(html));
      expect(doc.verdict.status).toBe(html.verdict.status);
    });
  }

  it('finds the real error of seed 003 in every PDF and .docx made from it', async () => {
    const from003 = manifest.filter((m) => m.html?.includes('seed-003'));
    expect(from003.length).toBeGreaterThanOrEqual(4);
    for (const f of from003) {
      const a = await auditFixture(f);
      expect(a.findings.some((x) => x.rule.startsWith('T3-') && x.severity === 'error' && x.outcome === 'fail'), f.file).toBe(true);
    }
  });

  it('gives no error to a PDF of a consistent seed report', async () => {
    for (const f of manifest.filter((m) => m.expect === 'same-as-html' && /seed-00[0-24]/.test(m.html ?? '') && m.file.endsWith('.pdf'))) {
      const a = await auditFixture(f);
      expect(a.findings.filter((x) => x.severity === 'error' && x.outcome === 'fail').map((x) => x.rule), f.file).toEqual(
        findings(auditHtml(f.html!)).filter((x) => x.severity === 'error' && x.outcome === 'fail').map((x) => x.rule),
      );
    }
  });

  it('gives every PDF cell a page and a box inside that page', async () => {
    const a = await auditFixture(manifest.find((m) => m.file === 'split-header.pdf')!);
    const cells = Object.values(a.report.tables).flatMap((t) => Object.values(t ?? {}).flatMap((row) => Object.values(row)));
    expect(cells.length).toBeGreaterThan(100);
    for (const c of cells) {
      const [x0, y0, x1, y1] = c.at.box!;
      expect(c.at.page).toBeGreaterThanOrEqual(1);
      expect(x0 < x1 && y0 < y1 && x0 >= 0 && y0 >= 0 && x1 <= 596 && y1 <= 842).toBe(true);
    }
    // Table 3 crosses the page break there: its last rows are on a later page than its first.
    const t3 = a.report.tables.applications!;
    expect(t3.carriedForward!.total!.at.page).toBeGreaterThan(t3.newReceived!.total!.at.page!);
  });
});

describe('files we cannot read say so', () => {
  const unreadable = (kind: PdfFixture['expect']) => manifest.filter((m) => m.expect === kind);

  it('a scan without a text layer: 「扫描件，无文字层，无法核查」, no finding', async () => {
    for (const f of unreadable('scan')) {
      const a = await auditFixture(f);
      expect(a.verdict.status).toBe('unreadable');
      expect(a.verdict.reason).toEqual(SCANNED);
      expect(a.findings).toEqual([]);
    }
  });

  it('an encrypted PDF: needs a password', async () => {
    for (const f of unreadable('encrypted')) {
      const a = await auditFixture(f);
      expect(a.verdict.status).toBe('unreadable');
      expect(a.verdict.reason!.zh).toContain('加密');
      expect(a.findings).toEqual([]);
    }
  });

  it('a truncated PDF: damaged or incomplete, or read in part with the pages it lost named', async () => {
    for (const f of unreadable('damaged')) {
      const a = await auditFixture(f);
      expect(a.verdict.reason!.zh).toMatch(/损坏|不完整/);
    }
  });

  it('bytes that are not a PDF, an empty file, an old binary .doc, a .docx that is not a zip', async () => {
    const pdf = (bytes: Uint8Array) => auditPdf(bytes, { url: 'x.pdf', at }, reader.pdfjs, reader.options);
    expect((await pdf(new TextEncoder().encode('<html>not a pdf</html>'))).verdict.reason!.zh).toContain('不是 PDF');
    expect((await pdf(new Uint8Array())).verdict.status).toBe('unreadable');
    const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]);
    expect(auditDocx(ole, { url: 'x.doc', at }).verdict.reason!.zh).toContain('PDF 或 .docx');
    expect(auditDocx(new TextEncoder().encode('PK not really'), { url: 'x.docx', at }).verdict.reason!.zh).toContain('不是 Word 文档');
  });
});
