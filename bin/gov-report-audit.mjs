#!/usr/bin/env node
// Runs the prebuilt CLI (scripts/build-cli.mjs; built on install).
try {
  await import('../dist/cli.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/cli.mjs')) throw error;
  process.stderr.write('命令行尚未构建，请先运行 npm run build:cli (the CLI is not built yet: run npm run build:cli)\n');
  process.exitCode = 2;
}
