import { readdirSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { auditedDocument, auditedText, withPrevious } from '../../lib/audit';
import { TABLE_KEYS, type AuditExport, type AuditRecord, type CellRef, type Finding } from '../../lib/model';
import { expectedFor, fixturePages, FIXTURES, previousFor, readPage } from './support/fixtures';

/**
 * Each rule's pages and the findings of that rule expected on them (the axe-core integration
 * model). Cells are named by canonical keys (`applications.granted.total`) so an expectation
 * reads as the report does and survives changes to how the reader numbers grid positions.
 * Any finding of the rule not listed fails the test. A cross-year rule's page is audited with last
 * year's report beside it (`<stem>.previous.txt`); last year's cells are named `previous:table.row.col`.
 */
interface Expected {
  rule: string;
  findings: (Partial<Pick<Finding, 'severity' | 'outcome' | 'expected' | 'actual'>> & {
    message?: Partial<Finding['message']>;
    cells?: string[];
    related?: string[];
  })[];
}

function record(file: string): AuditRecord {
  const source = { url: file, at: new Date('2026-01-01T00:00:00Z') };
  const { content, html } = readPage(file);
  return html ? auditedDocument(new JSDOM(content).window.document, source) : auditedText(content, source);
}

function audit(file: string): { result: AuditExport; previous: AuditExport | null } {
  const previous = previousFor(file);
  const last = previous ? record(previous) : null;
  return { result: withPrevious(record(file), last), previous: last?.export ?? null };
}

const tableNames = (result: AuditExport, prefix: string): [string, string][] =>
  TABLE_KEYS.flatMap((table) =>
    Object.entries(result.report.tables[table] ?? {}).flatMap(([row, cols]) =>
      Object.entries(cols).map(([col, cell]): [string, string] => [`${prefix}${cell.at.table}.${cell.at.row}.${cell.at.col}`, `${prefix}${table}.${row}.${col}`]),
    ),
  );

/** CellRef → "table.row.col" in canonical keys, from the export's own tables (last year's: "previous:…"). */
function namer(result: AuditExport, previous: AuditExport | null): (at: CellRef) => string {
  const names = new Map([...tableNames(result, ''), ...(previous ? tableNames(previous, 'previous:') : [])]);
  return (at) => {
    const key = `${at.url === undefined ? '' : at.url === previous?.source.url ? 'previous:' : `${at.url}:`}${at.table}.${at.row}.${at.col}`;
    return names.get(key) ?? `?${key}`;
  };
}

/** The finding as an expectation reads it: only the fields the expectation states. */
function shaped(f: Finding, want: Expected['findings'][number], name: (at: CellRef) => string): object {
  const out: Record<string, unknown> = {};
  for (const key of ['severity', 'outcome', 'expected', 'actual'] as const) if (key in want) out[key] = f[key];
  if (want.message) out.message = Object.fromEntries(Object.keys(want.message).map((k) => [k, f.message[k as 'zh' | 'en']]));
  if (want.cells) out.cells = f.cells.map(name);
  if (want.related) out.related = f.related.map(name);
  return out;
}

const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => fixturePages(d.name).map((page) => [d.name, basename(page), page] as const));

describe.each(cases)('%s %s', (rule, file, page) => {
  it('gives exactly the expected findings of its rule', () => {
    const expected = JSON.parse(readFileSync(expectedFor(page), 'utf8')) as Expected;
    expect(expected.rule).toBe(rule);
    const { result, previous } = audit(page);
    expect(result.verdict.status, JSON.stringify(result.verdict.reason)).not.toMatch(/not-a-report|unreadable/);
    const name = namer(result, previous);
    const got = result.findings.filter((f) => f.rule === rule);
    const summary = got.map((f) => `${f.message.zh} [${f.cells.map(name).join(', ')}]`);
    expect(got.length, summary.join('\n')).toBe(expected.findings.length);
    // Each expectation matches one finding; order is the runner's (catalogue, then cell position).
    expected.findings.forEach((want, i) => {
      expect(shaped(got[i]!, want, name), summary.join('\n')).toEqual(JSON.parse(JSON.stringify(want)));
    });
    if (file.startsWith('passes')) expect(result.verdict.rulesRun).toContain(rule);
  });
});
