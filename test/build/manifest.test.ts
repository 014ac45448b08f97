/**
 * Least privilege, checked on what ships: the built Chrome (MV3) and Firefox (MV2) manifests and
 * bundles. Fails on a permission beyond storage / activeTab / scripting and the *.gov.cn host
 * pattern, on a relaxed content security policy, on anything that exposes the extension to pages
 * or other extensions, and on remote code: external script URLs, eval, and Function-constructor
 * uses other than zod's two known ones (its eval probe and its JIT, both refused by MV3's CSP and
 * fed only our own schemas, never page text).
 *
 * Builds whichever output is missing or stale first (test/build/build.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, filesOf, readManifest, type Manifest, type Target } from './build';

const ALLOWED_PERMISSIONS = ['storage', 'activeTab', 'scripting'];
const HOST = '*://*.gov.cn/*';
const BUILD_TIMEOUT = 300_000;

/**
 * URLs that may appear in shipped code: identifiers and links in messages, never fetched.
 * A new one fails the test: look at where it comes from, then add it here with the reason.
 */
const INERT_URLS: Array<[RegExp, string]> = [
  [/^https?:\/\/json-schema\.org\//, 'zod: $schema ids of its JSON Schema output'],
  [/^http:\/\/www\.w3\.org\/(1998\/Math\/MathML|1999\/xhtml|2000\/svg)$/, 'preact: XML namespaces'],
  [/^https:\/\/github\.com\/wxt-dev\/wxt\/issues\/\d+$/, 'wxt: link in an error message'],
  [/^https:\/\/wxt\.dev\//, 'wxt: link in an error message'],
  [/^https:\/\/developer\.mozilla\.org\//, 'wxt: link in an error message'],
  [/^http:\/\/\[\$\{\w+\}\]$/, 'zod: template of its URL check (an IPv6 host)'],
  [/^http:\/\/www\.w3\.org\/(XML\/1998\/namespace|2000\/xmlns\/)$/, '@xmldom/xmldom: XML namespaces (results page, .docx)'],
  [/^http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main$/, 'lib/grid/docx: the WordprocessingML namespace'],
  // pdf.js (results page and its worker): XML namespaces of XFA forms and XMP metadata it parses,
  // its licence, and the bases it resolves relative URLs against; it fetches none of them.
  [/^http:\/\/(www\.xfa\.org\/schema\/|ns\.adobe\.com\/(xdp|xfdf|xmpmeta)\/|www\.w3\.org\/(1999\/XSL\/Transform|2000\/09\/xmldsig#)$)/, 'pdf.js: XML namespaces'],
  [/^http:\/\/www\.apache\.org\/licenses\/LICENSE-2\.0$/, 'pdf.js: its licence header'],
  [/^(http:\/\/example\.com|https:\/\/foo\.bar)$/, 'pdf.js: dummy bases for parsing relative URLs'],
  [/^http:\/\/\$\{\w\}$/, 'pdf.js: template turning a bare www. link in a PDF into a URL'],
];

/**
 * Function-constructor uses allowed in bundles: zod 4's `allowsEval` probe and its `Doc.compile`
 * (the JIT for object schemas). Under MV3 both throw (no 'unsafe-eval') and zod falls back.
 */
const KNOWN_FUNCTION_USES: Array<[RegExp, string]> = [
  [/try\{const (\w+)=Function;return new \1\(""\),!0\}catch/, 'zod allowsEval probe'],
  [/compile\(\)\{const (\w+)=Function,\w+=this\?\.content/, 'zod Doc.compile (JIT)'],
  // pdf.js: the word as a PDF dictionary key and in an error message; its `new Function(` uses are
  // replaced by a throw at build time (wxt.config.ts), so none ships.
  [/getRaw\("Function"\)/, 'pdf.js: the /Function key of a PDF shading'],
  [/"PS Function: /, 'pdf.js: an error message about PostScript functions in a PDF'],
];

interface Built {
  target: Target;
  dir: string;
  manifest: Manifest;
  /** Shipped text files, by path. */
  js: Map<string, string>;
  html: Map<string, string>;
}

function load(target: Target): Built {
  const dir = ensureBuilt(target);
  const files = filesOf(dir);
  const read = (ext: RegExp) => new Map(files.filter((f) => ext.test(f)).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  return { target, dir, manifest: readManifest(dir), js: read(/\.m?js$/), html: read(/\.html$/) };
}

/** Every script-src-like directive of a CSP must stay as strict as the browser's default. */
function cspProblems(csp: string): string[] {
  const problems: string[] = [];
  for (const directive of csp.split(';').map((d) => d.trim()).filter(Boolean)) {
    const [name, ...sources] = directive.split(/\s+/);
    if (!/^(script-src|script-src-elem|script-src-attr|worker-src|default-src|object-src)$/.test(name!)) continue;
    for (const s of sources) {
      const ok = s === "'self'" || s === "'none'" || s === "'wasm-unsafe-eval'";
      if (!ok) problems.push(`${name} allows ${s}`);
    }
  }
  return problems;
}

for (const target of ['chrome', 'firefox'] as const) {
  describe(`${target} build: permissions and policy`, () => {
    let b: Built;
    beforeAll(() => {
      b = load(target);
    }, BUILD_TIMEOUT);

    it('asks for storage, activeTab and scripting, and the *.gov.cn hosts: nothing more', () => {
      const m = b.manifest;
      const perms = m.permissions ?? [];
      if (m.manifest_version === 3) {
        expect(perms.filter((p) => !ALLOWED_PERMISSIONS.includes(p))).toEqual([]);
        expect(m.host_permissions ?? []).toEqual([HOST]);
      } else {
        // MV2 lists host patterns among the permissions.
        expect(perms.filter((p) => !ALLOWED_PERMISSIONS.includes(p) && p !== HOST)).toEqual([]);
        expect(perms.filter((p) => p.includes('/'))).toEqual([HOST]);
      }
      expect(m.optional_permissions ?? []).toEqual([]);
      expect(m.optional_host_permissions ?? []).toEqual([]);
    });

    it('runs one content script, only on *.gov.cn pages', () => {
      const scripts = b.manifest.content_scripts ?? [];
      expect(scripts.flatMap((c) => c.matches)).toEqual([HOST]);
      expect(scripts.flatMap((c) => c.js ?? [])).toEqual(['content-scripts/detect.js']);
    });

    it('keeps the default content security policy (no eval, no inline or remote script)', () => {
      const csp = b.manifest.content_security_policy;
      const policies = csp === undefined ? [] : typeof csp === 'string' ? [csp] : Object.values(csp);
      expect(policies.flatMap(cspProblems)).toEqual([]);
      expect(b.manifest.sandbox).toBeUndefined();
    });

    it('exposes nothing to pages or other extensions', () => {
      expect(b.manifest.web_accessible_resources ?? []).toEqual([]);
      expect(b.manifest.externally_connectable).toBeUndefined();
    });

    it('ships its background, popup and scripts as local files', () => {
      const bg = b.manifest.background ?? {};
      const local = [bg.service_worker, ...(bg.scripts ?? []), bg.page].filter((f): f is string => !!f);
      expect(local.length).toBeGreaterThan(0);
      for (const f of local) expect(b.js.has(f) || b.html.has(f), f).toBe(true);
      // Pages load scripts and styles from the package only.
      for (const [file, html] of b.html) {
        const remote = [...html.matchAll(/<(?:script|link|iframe|img)\b[^>]*\b(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^"'\s>]+)/gi)].map((m) => m[1]);
        expect(remote, file).toEqual([]);
      }
    });

    it('loads no remote code: no importScripts, no import() of a URL, no eval', () => {
      const hits: string[] = [];
      for (const [file, code] of b.js) {
        for (const m of code.matchAll(/(?<![\w$.])(importScripts|eval)\s*\(|\bimport\s*\(\s*["'`](?:https?:)?\/\//g)) {
          hits.push(`${file}: ${code.slice(Math.max(0, m.index - 40), m.index + 60)}`);
        }
      }
      expect(hits).toEqual([]);
    });

    it('uses the Function constructor only where zod does (refused by the CSP, never on page text)', () => {
      const unknown: string[] = [];
      const known: string[] = [];
      for (const [file, code] of b.js) {
        // A bare `Function` (not `Function.prototype…`, not `xFunction`): a constructor taken by value.
        for (const m of code.matchAll(/(?<![\w$.])Function(?![\w$]|\s*\.)/g)) {
          const around = code.slice(Math.max(0, m.index - 40), m.index + 60);
          const which = KNOWN_FUNCTION_USES.find(([re]) => re.test(around));
          if (which) known.push(`${file}: ${which[1]}`);
          else unknown.push(`${file}: …${around}…`);
        }
        for (const m of code.matchAll(/\bnew\s+Function\s*\(/g)) unknown.push(`${file}: ${code.slice(m.index, m.index + 60)}`);
      }
      expect(unknown).toEqual([]);
      // The content script on every page has none.
      expect(known.filter((k) => k.startsWith('content-scripts/detect'))).toEqual([]);
    });

    it('names no URL in its code but inert identifiers and links in messages', () => {
      const urls = new Set<string>();
      for (const code of b.js.values()) for (const [u] of code.matchAll(/https?:\/\/[^"'`\s)<>\\]+/g)) urls.add(u);
      const unexplained = [...urls].filter((u) => !INERT_URLS.some(([re]) => re.test(u)));
      expect(unexplained).toEqual([]);
    });
  });
}
