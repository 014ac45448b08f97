// What the bench times inside its own process, bundled by esbuild as the CLI is (scripts/bench.ts
// builds it): run from source through tsx, the light DOM builds two to three times slower than in
// the bundle the CLI runs, which would misstate both the DOM build and the audit.
export { parse as parseStock } from 'parse5';
export { auditDocument } from '../../lib/audit';
export { parseHtml } from '../../lib/dom/parse';
