import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { SOURCES, addSourcesReadme } from './store/sources';

const PDFJS_ROOT = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * pdf.js compiles code with the Function constructor only where `isEvalSupported` allows (we pass
 * false) and probes for it once; extension CSPs refuse it anyway. Its `new Function(` is replaced
 * by a throw — what the CSP would do — so no eval ships, and the probe answers "no".
 */
const NO_EVAL = '(()=>{throw new EvalError("no eval in this extension")})(';
function withoutEval(code: string, file: string, expected: number): string {
  const found = code.split('new Function(').length - 1;
  // A new pdf.js version with other eval paths must be looked at, not patched blindly.
  if (found !== expected) throw new Error(`${file}: expected ${expected} uses of new Function, found ${found}`);
  return code.replaceAll('new Function(', NO_EVAL);
}

/**
 * pdf.js's worker, cMaps (Chinese PDFs need them) and standard fonts, shipped as files of the
 * extension under /pdfjs/: the results page loads them from there, never from the network.
 */
function pdfjsAssets(): Array<{ absoluteSrc: string; relativeDest: string } | { contents: string; relativeDest: string }> {
  const root = PDFJS_ROOT;
  const dir = (name: string) =>
    readdirSync(join(root, name)).map((f) => ({ absoluteSrc: join(root, name, f), relativeDest: `pdfjs/${name}/${f}` }));
  return [
    {
      contents: withoutEval(readFileSync(join(root, 'build/pdf.worker.min.mjs'), 'utf8'), 'pdf.worker.min.mjs', 2),
      relativeDest: 'pdfjs/pdf.worker.min.mjs',
    },
    { absoluteSrc: join(root, 'LICENSE'), relativeDest: 'pdfjs/LICENSE' },
    ...dir('cmaps'),
    ...dir('standard_fonts'),
  ];
}

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: ['*://*.gov.cn/*'],
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        // Nothing leaves the machine, and Firefox asks add-ons to say so.
        gecko: { id: 'gov-report-audit@nianbao.hecha', data_collection_permissions: { required: ['none'] } },
      },
    }),
  }),
  zip: {
    // The Firefox add-on store's sources archive: what the package is built from, and nothing else
    // (an allow-list, so a new folder of tests or data never ships by accident; a test rebuilds
    // the package from the archive, so a missing source fails it).
    excludeSources: ['**/*'],
    includeSources: SOURCES,
  },
  hooks: {
    // …with a README at its root that says how to rebuild the exact package.
    'zip:sources:done': (_wxt, zipPath) => addSourcesReadme(zipPath),
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
  },
  vite: () => ({
    plugins: [
      preact(),
      {
        name: 'pdfjs-without-eval',
        transform(code, id) {
          return id.startsWith(join(PDFJS_ROOT, 'build/pdf.mjs')) ? withoutEval(code, 'pdf.mjs', 1) : null;
        },
      },
    ],
    build: {
      rollupOptions: {
        // zod 4 ships annotations rollup cannot place; they are harmless noise.
        onLog(level, log, handler) {
          if (log.code === 'INVALID_ANNOTATION') return;
          handler(level, log);
        },
      },
    },
  }),
});
