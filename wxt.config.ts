import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { SOURCES, addSourcesReadme } from './store/sources';

/**
 * lib/ is pure by rule (no I/O, no globals, nothing done at import): a module of it whose exports a
 * bundle does not use is left out. So the audit script, which takes lib/model's helpers and types
 * but none of its zod schemas, carries no schema and no zod.
 */
function pureLib(): Plugin {
  return {
    name: 'gov-report-audit:pure-lib',
    transform: (_code, id) => (/\/lib\/[^?]*\.ts$/.test(id) ? { code: _code, map: null, moduleSideEffects: false } : null),
  };
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
  },
  vite: () => ({
    plugins: [preact(), pureLib()],
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
