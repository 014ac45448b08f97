// node --import tsx scripts/pdf-fixtures.ts
// Builds the PDF and Word fixture set into test/fixtures/pdf/ (committed: tests never need Chromium,
// LibreOffice or qpdf), with manifest.json saying what each file is and what reading it must give.
// - Chromium's print-to-PDF (playwright-core, /usr/bin/chromium) of the corpus page, the seed pages
//   and the generated typical report: each must audit exactly as its HTML does;
// - table 3 over a page break with its header repeated (tall rows, <thead>), a landscape page, a
//   page printed without table borders;
// - a scan (page images only, pdftoppm), an encrypted PDF (qpdf, user password), a truncated file;
// - LibreOffice (soffice --headless) turns the Word-style seed pages into .docx, and those into PDF.
// Needs: chromium, fonts-wqy-microhei, poppler-utils (pdftoppm), qpdf, libreoffice-writer-nogui.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { page, REPORT_TITLE } from '../test/e2e/pages/report';
import { typicalReport } from '../test/fixtures/scale/pages';

const root = resolve(import.meta.dirname, '..');
const pagesDir = resolve(root, 'test/fixtures/pages');
const corpusDir = resolve(root, '../shared/corpus');
const outDir = resolve(root, 'test/fixtures/pdf');
const work = mkdtempSync(join(tmpdir(), 'pdf-fixtures-'));

/** What a fixture must read as. `html`: the page it was made from, whose audit it must equal. */
export interface PdfFixture {
  file: string;
  what: string;
  html?: string;
  expect: 'same-as-html' | 'scan' | 'encrypted' | 'damaged';
}

const manifest: PdfFixture[] = [];
mkdirSync(outDir, { recursive: true });
for (const f of readdirSync(outDir)) rmSync(join(outDir, f));

const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const context = await browser.newContext();
// The pages' own stylesheets and scripts live on their sites: nothing leaves this machine.
await context.route(/^(?!file:|data:|about:)/, (route) => route.abort());

// Chromium embeds the CFF Noto CJK fonts as Type 3 fonts (600 KB a file); a TrueType CJK font
// (fonts-wqy-microhei) is embedded as a subset of a few KB.
const FONT = '* { font-family: "WenQuanYi Micro Hei", sans-serif !important; }';

async function print(htmlFile: string, out: string, options: { landscape?: boolean; css?: string } = {}): Promise<void> {
  const tab = await context.newPage();
  await tab.goto(`file://${htmlFile}`, { waitUntil: 'load' });
  await tab.addStyleTag({ content: FONT });
  if (options.css) await tab.addStyleTag({ content: options.css });
  await tab.pdf({ path: join(outDir, out), format: 'A4', landscape: options.landscape ?? false, printBackground: true, margin: { top: '20mm', bottom: '20mm', left: '18mm', right: '18mm' } });
  await tab.close();
}

/** Page file of the repo's fixtures, as the manifest names it (relative to test/fixtures). */
const rel = (file: string) => (file.startsWith(corpusDir) ? `corpus:${basename(file)}` : `pages/${basename(file)}`);

async function printed(htmlFile: string, out: string, what: string, options: { landscape?: boolean; css?: string } = {}): Promise<void> {
  await print(htmlFile, out, options);
  manifest.push({ file: out, what, html: rel(htmlFile), expect: 'same-as-html' });
}

// 1. Chromium prints of pages whose audits we know.
await printed(join(corpusDir, 'shuyang-fgj-2023.html'), 'corpus-shuyang.pdf', 'Chromium print of the corpus page shuyang-fgj-2023.html');
for (const seed of ['000', '001', '002', '003', '004']) {
  // The full-page shape (site chrome, metadata table) for two seeds: each print is 100-350 KB.
  for (const shape of seed === '000' || seed === '003' ? ['word', 'page'] : ['word']) {
    await printed(join(pagesDir, `seed-${seed}-${shape}.html`), `seed-${seed}-${shape}.pdf`, `Chromium print of seed-${seed}-${shape}.html`);
  }
}
await printed(join(pagesDir, 'seed-003-split.html'), 'seed-003-split.pdf', 'Chromium print of seed-003-split.html (tables split into several <table>s)');
await printed(join(pagesDir, 'seed-004-bare.html'), 'seed-004-bare.pdf', 'Chromium print of seed-004-bare.html (table 4 a bare row of 15 numbers)');

// 2. The generated typical report (the bench's; one typo in table 3), as a file of its own.
const typical = join(work, 'typical-report.html');
writeFileSync(typical, page(REPORT_TITLE, typicalReport()));
await print(typical, 'typical.pdf');
manifest.push({ file: 'typical.pdf', what: 'Chromium print of the generated typical report (test/fixtures/scale/pages.ts typicalReport)', html: 'generated:typical', expect: 'same-as-html' });

// 3. Layout cases.
await printed(join(pagesDir, 'seed-000-bare.html'), 'split-header.pdf', 'seed-000-bare.html with tall rows: table 3 runs over a page break, Chromium repeats its <thead>', {
  css: 'td, th { height: 34px; }',
});
await printed(join(pagesDir, 'seed-001-bare.html'), 'landscape.pdf', 'seed-001-bare.html printed landscape', { landscape: true });
await printed(join(pagesDir, 'seed-002-bare.html'), 'no-rulings.pdf', 'seed-002-bare.html printed without any table border: tables from text positions', {
  css: 'table, td, th, tr { border: none !important; } td, th { padding: 4px 10px !important; }',
});

// 4. Files we cannot read, and must say so.
const scanPages = join(work, 'scan');
execFileSync('pdftoppm', ['-r', '60', '-gray', '-jpeg', '-f', '3', '-l', '4', join(outDir, 'seed-003-word.pdf'), scanPages]);
const images = readdirSync(work).filter((f) => f.startsWith('scan') && f.endsWith('.jpg')).sort();
const scanHtml = join(work, 'scan.html');
writeFileSync(
  scanHtml,
  `<!DOCTYPE html><html><head><style>@page{margin:0} body{margin:0} img{width:100%;display:block;page-break-after:always}</style></head><body>${images
    .map((i) => `<img src="file://${join(work, i)}">`)
    .join('')}</body></html>`,
);
await print(scanHtml, 'scan.pdf');
manifest.push({ file: 'scan.pdf', what: 'two pages of seed-003-word.pdf as images only (pdftoppm), no text layer', expect: 'scan' });

execFileSync('qpdf', ['--encrypt', 'user-pass', 'owner-pass', '256', '--', join(outDir, 'seed-000-word.pdf'), join(outDir, 'encrypted.pdf')]);
manifest.push({ file: 'encrypted.pdf', what: 'seed-000-word.pdf encrypted with a user password (qpdf, AES-256)', expect: 'encrypted' });

const whole = readFileSync(join(outDir, 'seed-004-word.pdf'));
writeFileSync(join(outDir, 'truncated.pdf'), whole.subarray(0, Math.floor(whole.length * 0.4)));
manifest.push({ file: 'truncated.pdf', what: 'the first 40% of seed-004-word.pdf (a download cut short)', expect: 'damaged' });

await browser.close();

// 5. Word: LibreOffice opens the Word-style pages as Writer documents and saves .docx, then PDF from that.
const soffice = ['soffice', 'libreoffice'].find((b) => {
  try {
    execFileSync('which', [b], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (soffice) {
  for (const seed of ['000', '001', '002', '003', '004']) {
    const src = join(pagesDir, `seed-${seed}-word.html`);
    execFileSync(soffice, ['--headless', '--infilter=HTML (StarWriter)', '--convert-to', 'docx:MS Word 2007 XML', '--outdir', work, src], { stdio: 'ignore' });
    const docx = join(work, `seed-${seed}-word.docx`);
    if (!existsSync(docx)) throw new Error(`LibreOffice made no ${docx}`);
    writeFileSync(join(outDir, `seed-${seed}-word.docx`), readFileSync(docx));
    manifest.push({ file: `seed-${seed}-word.docx`, what: `LibreOffice's .docx of seed-${seed}-word.html`, html: `pages/seed-${seed}-word.html`, expect: 'same-as-html' });
    // Two of them also as LibreOffice's PDF: another producer's way of drawing borders and text.
    if (seed !== '001' && seed !== '003') continue;
    execFileSync(soffice, ['--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', join(work, 'lo'), docx], { stdio: 'ignore' });
    writeFileSync(join(outDir, `seed-${seed}-word-lo.pdf`), readFileSync(join(work, 'lo', `seed-${seed}-word.pdf`)));
    manifest.push({ file: `seed-${seed}-word-lo.pdf`, what: `LibreOffice's PDF of that .docx`, html: `pages/seed-${seed}-word.html`, expect: 'same-as-html' });
  }
} else {
  console.warn('LibreOffice not found: .docx fixtures skipped (apt-get install -y --no-install-recommends libreoffice-writer-nogui)');
}

writeFileSync(join(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
rmSync(work, { recursive: true, force: true });
console.log(`${manifest.length} files written to ${outDir}`);
