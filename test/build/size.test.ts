/**
 * Size budget: the content script that runs on every .gov.cn page stays small, and everything
 * heavy (parser, rules, zod, preact, the overlay) loads only on report pages, through the audit
 * script the background injects. Prints every bundle's size, raw and gzip.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { bundleSizes, ensureBuilt, kb, readManifest, type Bundle } from './build';

/** Gzip bytes allowed for the script every .gov.cn frame runs (the target: 40 KB). */
export const EVERY_PAGE_BUDGET_GZIP = 40 * 1024;

/** Strings only the heavy code has: their presence in the every-page script means it was pulled in. */
const HEAVY_MARKERS: Array<[string, string]> = [
  ['gov-report-audit-overlay', 'the overlay (its shadow host)'],
  ['T3-RESULTSUM', 'the rule catalogue'],
  ['gov-report-audit/v1', 'the export model'],
  ['$ZodType', 'zod'],
  ['overlay_title', "the overlay's messages"],
  ['popup_', "the popup's messages"],
  ['attachShadow', 'a shadow-root UI'],
];

for (const target of ['chrome', 'firefox'] as const) {
  describe(`${target} build: size`, () => {
    let dir: string;
    let sizes: Bundle[];
    beforeAll(() => {
      dir = ensureBuilt(target);
      sizes = bundleSizes(dir);
      console.info(
        `[size] ${target}\n` + sizes.map((s) => `  ${s.name.padEnd(62)} ${kb(s.raw).padStart(9)} raw ${kb(s.gzip).padStart(8)} gzip`).join('\n'),
      );
    }, 300_000);

    it(`keeps the content script on every page within ${kb(EVERY_PAGE_BUDGET_GZIP)} gzip`, () => {
      const everyPage = readManifest(dir).content_scripts?.flatMap((c) => c.js ?? []) ?? [];
      expect(everyPage.length).toBeGreaterThan(0);
      for (const file of everyPage) {
        const size = sizes.find((s) => s.file === file)!;
        expect(size.gzip, `${file}: ${kb(size.gzip)} gzip`).toBeLessThanOrEqual(EVERY_PAGE_BUDGET_GZIP);
      }
    });

    it('leaves the parser, rules, zod and the overlay out of the every-page script', () => {
      const everyPage = readManifest(dir).content_scripts?.flatMap((c) => c.js ?? []) ?? [];
      for (const file of everyPage) {
        const code = readFileSync(join(dir, file), 'utf8');
        expect(HEAVY_MARKERS.filter(([marker]) => code.includes(marker)).map(([, what]) => `${file} bundles ${what}`)).toEqual([]);
      }
    });

    it('loads the heavy code only by injection: the audit script is in no manifest entry', () => {
      const audit = sizes.find((s) => s.file === 'content-scripts/audit.js');
      expect(audit).toBeDefined();
      const manifest = JSON.stringify(readManifest(dir));
      expect(manifest).not.toContain('audit.js');
      // …and it is the heavy one: the point of splitting.
      const detect = sizes.find((s) => s.file === 'content-scripts/detect.js')!;
      expect(audit!.gzip).toBeGreaterThan(detect.gzip * 2);
    });
  });
}
