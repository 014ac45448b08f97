// Builds the CLI into ES modules, dist/cli.mjs (that bin/ runs) and the chunks it imports when it
// needs them (dist/chunks/): no TypeScript compiler at run time (tsx took ~0.9 s a start), and
// `--version` or a page never loads the auditor's, the PDF reader's or the Word reader's code it
// does not use. Runs on `npm ci`/`npm install` (postinstall) and before the CLI tests and the
// bench, so a fresh clone and a changed source both get a current bundle.
// Plain JavaScript so it needs nothing but esbuild to run.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
  // Chunks are named by their content: the last build's would stay behind.
  rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'cli/main.ts' },
    outdir: 'dist',
    outExtension: { '.js': '.mjs' },
    chunkNames: 'chunks/[name]-[hash]',
    splitting: true,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    // pdf.js loads its own worker and fonts from its package: it stays a package import.
    external: ['pdfjs-dist'],
    // Bundled CommonJS (jsdom-free now, but any) may call require.
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    legalComments: 'none',
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildCli();
