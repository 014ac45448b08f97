import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * pdf.js's worker, cMaps (Chinese PDFs need them) and standard fonts, shipped as files of the
 * extension under /pdfjs/: the results page loads them from there, never from the network.
 */
function pdfjsAssets(): Array<{ absoluteSrc: string; relativeDest: string }> {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const dir = (name: string) =>
    readdirSync(join(root, name)).map((f) => ({ absoluteSrc: join(root, name, f), relativeDest: `pdfjs/${name}/${f}` }));
  return [
    { absoluteSrc: join(root, 'build/pdf.worker.min.mjs'), relativeDest: 'pdfjs/pdf.worker.min.mjs' },
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
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push(...pdfjsAssets());
    },
  },
  vite: () => ({
    plugins: [preact()],
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
