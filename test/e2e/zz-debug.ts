import { launchWithExtension } from '/work/main/test/e2e/harness';
import { corpusDir } from '/work/main/test/support/paths';
import { reportPages } from '/work/main/test/e2e/pages/report';
import { waitForChip } from '/work/main/test/e2e/support';
const h = await launchWithExtension();
const w = await h.worker();
w.on('console', (m) => console.log('   ', m.text()));
const base = await h.serve({ '/corpus/': corpusDir }, reportPages());
for (const p of ['typo.html', 'typo.html', 'corpus/shuyang-fgj-2023.html', 'corpus/shuyang-fgj-2023.html']) {
  const page = await h.newPage();
  page.on('console', (m) => m.text().startsWith('T ') && console.log('   ', m.text()));
  const t0 = Date.now();
  await page.goto(base + p);
  console.log(p, 'goto start', t0, 'load', Date.now());
  await waitForChip(page, 15000);
  await page.waitForTimeout(300);
  await page.close();
}
await h.close();
