// Builds the CLI into one ES module, dist/cli.mjs, that bin/ runs: no TypeScript compiler at run
// time (tsx took ~0.9 s a start). Runs on `npm ci`/`npm install` (postinstall) and before the CLI
// tests and the bench, so a fresh clone and a changed source both get a current bundle.
// Plain JavaScript so it needs nothing but esbuild to run.
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

export async function buildCli() {
  await build({
    absWorkingDir: root,
    entryPoints: ['cli/main.ts'],
    outfile: 'dist/cli.mjs',
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
