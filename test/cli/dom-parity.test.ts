/**
 * The CLI's DOM (parse5 building light nodes) gives the same export as jsdom, the DOM it replaced:
 * on every HTML fixture, the corpus page, the browser tests' pages and generated reports, whole
 * and mutated. Only the timestamp is pinned; everything else must be byte-identical.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decode } from '../../cli/load';
import { auditDocument } from '../../lib/audit';
import { parseHtml } from '../../lib/dom/parse';
import { reportPages } from '../e2e/pages/report';
import { hostileReport } from '../fixtures/hostile/page';
import { withBigTable, withManyTables } from '../fixtures/scale/pages';
import { applyMutation, blankable, mutatedArb, reportArb } from '../support/arbitraries';
import { corpusDir, fixturesDir, repoRoot } from '../support/paths';
import { renderHtml } from '../support/render';

const at = new Date(0);

function both(html: string): { jsdom: string; light: string } {
  const dom = new JSDOM(html);
  try {
    const doc = dom.window.document;
    const light = parseHtml(html);
    return {
      jsdom: JSON.stringify(auditDocument(doc, { url: 'p', title: doc.title, at })),
      light: JSON.stringify(auditDocument(light, { url: 'p', title: light.title, at })),
    };
  } finally {
    dom.window.close();
  }
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.html?$/.test(f))
    .map((f) => join(dir, f));
}

const page = (body: string, title = '') => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

// jsdom is the slow side of every comparison here: generous on a loaded 2-core machine.
describe('the CLI DOM reads pages as jsdom did', { timeout: 120_000 }, () => {
  const files = [...htmlFiles(fixturesDir), ...htmlFiles(join(repoRoot, 'samples')), ...htmlFiles(corpusDir)];

  it.each(files.map((f) => [relative(repoRoot, f), f]))('%s', (_name, file) => {
    const { jsdom, light } = both(decode(readFileSync(file)));
    expect(light).toBe(jsdom);
  });

  it('reads the browser tests\' pages, the hostile page and the scale pages alike', () => {
    const pages = { ...reportPages(), hostile: hostileReport(), big: withBigTable(), many: withManyTables() };
    for (const [name, html] of Object.entries(pages)) {
      const { jsdom, light } = both(html);
      expect(light, name).toBe(jsdom);
    }
  });

  it('reads generated reports, whole and mutated, alike', () => {
    fc.assert(
      fc.property(reportArb, (r) => {
        const { jsdom, light } = both(page(renderHtml(r, blankable(r)).source));
        expect(light).toBe(jsdom);
      }),
      { numRuns: 60 },
    );
    fc.assert(
      fc.property(mutatedArb, ({ report, mutation }) => {
        const mutated = applyMutation(report, mutation);
        const { jsdom, light } = both(page(renderHtml(mutated, blankable(mutated, mutation)).source));
        expect(light).toBe(jsdom);
      }),
      { numRuns: 40 },
    );
  });
});
