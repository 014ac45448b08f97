// npm run demo: the product on the bundled samples. The CLI audits samples/; then, with Chromium,
// the built extension audits the sample pages served under a fake .gov.cn host — in a window when
// there is a display, else headless with screenshots.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureBuilt } from '../test/build/build';
import { CHROMIUM_PATH, launchChromium, type ChromiumSession } from '../test/e2e/harness';
import { waitForChip } from '../test/e2e/support';

const root = resolve(import.meta.dirname, '..');
const pagesDir = join(root, 'test/fixtures/pages');
const corpusDir = resolve(root, '../shared/corpus');
const samples = readdirSync(join(root, 'samples')).sort().map((f) => join('samples', f));

console.log('== 命令行核查 samples/ (the CLI on the sample reports) ==\n');
spawnSync(process.execPath, [join(root, 'bin/gov-report-audit.mjs'), ...samples], { cwd: root, stdio: 'inherit' });

if (!existsSync(CHROMIUM_PATH)) {
  console.log(`未找到 Chromium（${CHROMIUM_PATH}），跳过浏览器演示。安装：apt-get install -y chromium chromium-l10n fonts-noto-cjk`);
  console.log(`No Chromium at ${CHROMIUM_PATH}: skipping the browser part. Install it with the apt-get line above.`);
  process.exit(0);
}

console.log('\n== 构建扩展 (building the extension) ==');
ensureBuilt('chrome');

const headed = !!process.env.DISPLAY;
const harness = await launchChromium({ headed });
const base = await harness.serve({ '/': pagesDir, ...(existsSync(corpusDir) ? { '/corpus/': corpusDir } : {}) });
const shown = [
  ['seed-003-page.html', '有算术错误的报告 (the seed with a real error)'],
  ['seed-000-word.html', '一致的报告 (a report that adds up)'],
  ...(existsSync(corpusDir) ? [['corpus/shuyang-fgj-2023.html', '真实网页 (a real published page)']] : []),
] as const;

if (headed) {
  for (const [path] of shown) await (await harness.newPage()).goto(base + path);
  console.log(`\n已在 Chromium 中打开示例页面；关闭浏览器窗口即结束。Sample pages are open in Chromium; close the window to finish.`);
  await new Promise((done) => harness.context.on('close', done));
} else {
  console.log('\n== 无显示器：无头运行并截图 (no display: headless, with screenshots) ==');
  for (const [path, what] of shown) console.log(`${what}\n  ${await screenshotPage(harness, base + path)}`);
  await harness.close();
}

async function screenshotPage(h: ChromiumSession, url: string): Promise<string> {
  const page = await h.newPage();
  await page.goto(url);
  await waitForChip(h.tab(page), 15_000).catch(() => {});
  const name = `demo-${url.split('/').pop()!.replace('.html', '')}`;
  const pagePng = await h.screenshot(page, name);
  const popup = await h.context.newPage();
  await popup.setViewportSize({ width: 420, height: 640 });
  await popup.goto(`chrome-extension://${h.extensionId}/popup.html?tab=${await h.tabId(page)}`);
  await popup.waitForTimeout(800);
  const popupPng = await h.screenshot(popup, `${name}-popup`);
  await popup.close();
  return `${pagePng}\n  ${popupPng}`;
}
