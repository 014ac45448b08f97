// Renders the toolbar icons (public/icon/*.png) with Debian's Chromium; run once, commit the PNGs.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const out = new URL('../public/icon/', import.meta.url);
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage();
for (const size of [16, 32, 48, 128]) {
  await page.setViewportSize({ width: size, height: size });
  // A red seal-like square with 核 (check): reads at 16 px and says what the tool does.
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;box-sizing:border-box;border-radius:${Math.round(size * 0.2)}px;
      background:#c62828;color:#fff;display:flex;align-items:center;justify-content:center;
      font:700 ${Math.round(size * 0.72)}px 'Noto Sans CJK SC','Noto Sans CJK',sans-serif;line-height:1">核</div></body></html>`);
  await page.screenshot({ path: new URL(`${size}.png`, out).pathname, omitBackground: true });
}
await browser.close();
console.log(`icons written to ${out.pathname}`);
