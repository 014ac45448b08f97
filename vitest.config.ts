import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

/** `npm run zip` and its checks: it rebuilds .output/, so it runs alone, before anything reads it. */
const PACKAGE_TESTS = ['test/build/zip.test.ts'];

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'package', include: PACKAGE_TESTS, sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: { name: 'unit', include: ['test/**/*.test.{ts,tsx}'], exclude: ['test/e2e/**', ...PACKAGE_TESTS], sequence: { groupOrder: 1 } },
      },
      {
        // Real Chromium and Firefox against the built extension: one browser at a time on a 2-core
        // machine, after the other projects (groupOrder): nothing else competes for the cores then.
        extends: true,
        test: {
          name: 'browser',
          sequence: { groupOrder: 2 },
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
