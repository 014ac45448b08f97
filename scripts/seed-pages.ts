// node --import tsx scripts/seed-pages.ts
// Builds HTML versions of every seed (/work/shared/seeds, i.e. ../shared/seeds) in the shapes gov
// sites publish, into test/fixtures/pages/, with manifest.json saying what each page shows.
// Shapes: word (Word export), split (one <table> per table-2 block, table 3 over two tables),
// bare (table 4 as a bare row of 15 numbers), page (site chrome, metadata table first, <th> headers).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readSeed, type Seed } from './seed-pages/model';
import { article, esc, type Shape } from './seed-pages/render';

const root = resolve(import.meta.dirname, '..');
const seedsDir = resolve(root, '../shared/seeds');
const outDir = resolve(root, 'test/fixtures/pages');
const SHAPES: Shape[] = ['word', 'split', 'bare', 'page'];

// What the full-page shape's metadata table shows, where the seed itself does not say it.
const PAGE_FACTS: Record<string, { site: string; organ: string; date: string }> = {
  '000': { site: '上海嘉定', organ: '上海市嘉定区外冈镇人民政府', date: '2021-01-18' },
  '001': { site: '赣州经济技术开发区', organ: '赣州经济技术开发区凤岗镇人民政府', date: '2021-01-22' },
  '002': { site: '余姚市人民政府', organ: '余姚市陆埠镇人民政府', date: '2021-01-11' },
  '003': { site: '杭州市富阳区人民政府', organ: '杭州市富阳区上官乡人民政府', date: '2020-12-31' },
  '004': { site: '杭州市拱墅区人民政府', organ: '杭州市拱墅区拱宸桥街道办事处', date: '2021-01-25' },
};

const wordDoc = (seed: Seed): string => `<!DOCTYPE html>
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" lang="zh-CN">
<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<title>${esc(seed.report.title!)}</title>
<style>
p.MsoNormal { margin:0cm; text-align:justify; font-size:10.5pt; font-family:"Times New Roman"; }
table.MsoNormalTable { font-size:10.0pt; font-family:"Times New Roman"; }
</style>
</head>
<body lang=ZH-CN style='tab-interval:21.0pt;text-justify-trim:punctuation'>
<div class=WordSection1 style='layout-grid:15.6pt'>
${article(seed, 'word')}
</div>
</body>
</html>
`;

const simpleDoc = (seed: Seed, shape: Shape): string => `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(seed.report.title!)}</title>
</head>
<body>
<div class="article">
${article(seed, shape)}
</div>
</body>
</html>
`;

function fullPage(seed: Seed, charset: string): string {
  const facts = PAGE_FACTS[seed.name.slice(0, 3)]!;
  const title = seed.report.title!;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="${charset}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="${esc(facts.site)}">
<meta name="ColumnName" content="政府信息公开年报">
<title>${esc(title)}-${esc(facts.site)}</title>
<link rel="stylesheet" href="/css/common.css">
<script>var siteId = "${seed.name.slice(4, 12)}";</script>
</head>
<body>
<div class="top"><span>欢迎访问${esc(facts.site)}网站</span> <a href="/fanti/">繁體版</a> <a href="/wza/">无障碍</a></div>
<nav class="mainNav"><ul>
<li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li>
</ul></nav>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政府信息公开</a> &gt; <a href="/zwgk/ndbg/">政府信息公开年报</a></div>
<div class="side"><ul>
<li><a href="/zwgk/zn/">政府信息公开指南</a></li><li><a href="/zwgk/zd/">政府信息公开制度</a></li><li><a href="/zwgk/ndbg/">政府信息公开年报</a></li>
</ul></div>
<div class="main">
<table class="xxgk_table">
<tbody>
<tr><td>索引号</td><td>${seed.name.slice(4, 12).toUpperCase()}/${facts.date.slice(0, 4)}-00001</td><td>分类</td><td>政府信息公开年报</td></tr>
<tr><td>发布机构</td><td>${esc(facts.organ)}</td><td>发布日期</td><td>${facts.date}</td></tr>
<tr><td>名称</td><td colspan="3">${esc(title)}</td></tr>
</tbody>
</table>
<div class="article">
<div class="content" id="zoom">
${article(seed, 'page', `\n<div class="info">来源：${esc(facts.organ)}　发布时间：${facts.date} 10:00　浏览次数：<span id="hits"></span></div>`)}
</div>
<div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
</div>
<footer><p>版权所有：${esc(facts.site)}　主办单位：${esc(facts.site)}办公室</p><p>网站标识码：3300000000　浙ICP备00000000号</p></footer>
</body>
</html>
`;
}

interface Entry {
  file: string;
  seed: string;
  shape: Shape | 'gbk';
  title: string | null;
  organ: string | null;
  publishedAt: string | null;
}

mkdirSync(outDir, { recursive: true });
const manifest: Entry[] = [];
for (const file of readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/, '');
  const text = readFileSync(resolve(seedsDir, file), 'utf8');
  const facts = PAGE_FACTS[name.slice(0, 3)]!;
  for (const shape of SHAPES) {
    const seed = readSeed(name, text, shape === 'split');
    const html = shape === 'word' ? wordDoc(seed) : shape === 'page' ? fullPage(seed, 'utf-8') : simpleDoc(seed, shape);
    const out = `seed-${name.slice(0, 3)}-${shape}.html`;
    writeFileSync(resolve(outDir, out), html);
    const r = seed.report;
    const page = shape === 'page';
    manifest.push({ file: out, seed: name, shape, title: r.title, organ: r.organ ?? (page ? facts.organ : null), publishedAt: page ? facts.date : r.publishedAt });
    if (shape === 'page' && name.startsWith('000')) {
      try {
        const gbk = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK'], { input: fullPage(seed, 'gbk') });
        writeFileSync(resolve(outDir, 'seed-000-gbk.html'), gbk);
        manifest.push({ ...manifest.at(-1)!, file: 'seed-000-gbk.html', shape: 'gbk' });
      } catch (error) {
        console.warn(`seed-000-gbk.html skipped: iconv -t GBK failed (${(error as Error).message})`);
      }
    }
  }
}
writeFileSync(resolve(outDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`${manifest.length} pages written to ${outDir}`);
