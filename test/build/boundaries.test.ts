/**
 * The core stays pure (STYLE.md, after axe-core's import boundaries): nothing under lib/ imports
 * the extension (entrypoints/, components/, utils/) or touches a browser API, so the CLI, the
 * tests and every surface run the same rules. Each rule is checked on a line that breaks it, too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const FORBIDDEN_IMPORT = /\bfrom\s+['"](?:\.\.\/)+(?:entrypoints|components|utils)\/|\bfrom\s+['"](?:#imports|wxt\/browser|webextension-polyfill|@wxt-dev\/[^'"]*)['"]|\bimport\(\s*['"](?:\.\.\/)+(?:entrypoints|components|utils)\//;
const BROWSER_API = /(?<![\w.$])(?:browser|chrome)\s*\.\s*[a-zA-Z]/;

/** Comments say why; they may name what the code must not use. */
const code = (text: string): string => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** A line without its string literals: page words like 'chrome.x' are no API call. */
const noStrings = (line: string): string => line.replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''");

const violations = (text: string): string[] =>
  code(text)
    .split('\n')
    .filter((line) => FORBIDDEN_IMPORT.test(line) || BROWSER_API.test(noStrings(line)))
    .map((line) => line.trim());

describe('lib/ is the pure core', () => {
  it.each([
    [`import { t } from '../../components/popup/i18n';`],
    [`import { browser } from '#imports';`],
    [`import { browser } from 'wxt/browser';`],
    [`const x = await import('../entrypoints/background');`],
    [`import { x } from '../utils/column/batch';`],
    [`  await browser.storage.local.get('x');`],
    [`  chrome.runtime.sendMessage({});`],
  ])('would reject %s', (line) => expect(violations(line)).toEqual([line.trim()]));

  it.each([[`// never call browser.runtime here`], [`const label = 'chrome.x';`], [`import { cellName } from '../model';`]])(
    'would let %s pass',
    (line) => expect(violations(line)).toEqual([]),
  );

  it('no file under lib/ imports the extension or uses a browser API', () => {
    const found = sources(join(repoRoot, 'lib')).flatMap((file) =>
      violations(readFileSync(file, 'utf8')).map((line) => `${relative(repoRoot, file)}: ${line}`),
    );
    expect(found).toEqual([]);
  });
});
