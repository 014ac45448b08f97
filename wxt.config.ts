import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';

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
