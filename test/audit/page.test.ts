/**
 * A page's export (auditDocument, as the CLI writes it, and auditedSnapshot: the page read into a
 * snapshot and audited in the background; neither checked against the schema) is what the schema
 * would make of it, byte for byte: same data in the schema's key order, nothing missing, nothing
 * extra; and the snapshot, sent as a message (JSON) and validated on arrival, audits to the same
 * record as the document it was read from.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decode, toDocument } from '../../cli/load';
import { auditDocument, auditedSnapshot } from '../../lib/audit';
import { AuditExport } from '../../lib/model';
import { readSnapshot } from '../../lib/snapshot/read';
import { PageSnapshot } from '../../lib/snapshot/schema';
import { hostileReport } from '../fixtures/hostile/page';
import { blankable, reportArb } from '../support/arbitraries';
import { corpusDir, fixturesDir } from '../support/paths';
import { renderHtml } from '../support/render';

const at = new Date(0);
const same = (html: string) => {
  const doc = toDocument(html);
  const read = readSnapshot(doc).snapshot;
  const unchecked = auditedSnapshot(read, { url: 'p', at }).export;
  const written = JSON.stringify(auditDocument(doc, { url: 'p', at }));
  expect(JSON.stringify(AuditExport.parse(unchecked))).toBe(written);
  expect(JSON.stringify(unchecked)).toBe(written);
  // Nothing the schema would strip: the page holds only what the export holds.
  expect(AuditExport.strict().safeParse(unchecked).success).toBe(true);
  const sent = PageSnapshot.parse(JSON.parse(JSON.stringify(read)));
  expect(JSON.stringify(auditedSnapshot(sent, { url: 'p', at }))).toBe(JSON.stringify(auditedSnapshot(read, { url: 'p', at })));
};

describe('the audit script\'s export', () => {
  const pages = [join(corpusDir, 'shuyang-fgj-2023.html'), ...['pages', 'markup'].flatMap((d) => readdirSync(join(fixturesDir, d)).filter((f) => f.endsWith('.html')).map((f) => join(fixturesDir, d, f)))];

  it('is the checked export on every fixture page, the corpus page and the hostile page', () => {
    for (const page of pages) same(decode(readFileSync(page)));
    same(hostileReport());
  });

  it('is the checked export on generated reports', () => {
    fc.assert(fc.property(reportArb, (r) => same(`<!doctype html><body>${renderHtml(r, blankable(r)).source}</body>`)), { numRuns: 40 });
  });
});
