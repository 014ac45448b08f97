// node --import tsx scripts/xyear-fixtures.ts
// Two years of the same body, for the cross-year rules, the CLI and the extension's fake site:
// test/fixtures/xyear/ (each report as .txt and as a page, manifest.json saying what is planted)
// and the pair fixtures of CARRY-XYEAR, T2-STOCK-XYEAR and TEXT-REUSE in test/fixtures/rules/, each
// page as its change to the rules' 2021 base page (or, for 陆埠镇 2020, a pointer to seed 002).
//
// - 外冈镇 2022 → 2023 (seed 000 in the 2021 template): 2023 carries over 2 applications where 2022
//   carried forward 1 (CARRY-XYEAR, columns 自然人 and 总计); each year adds up on its own, and the
//   2022 narrative is written anew, keeping what reports keep (the legal basis, period and contact
//   paragraph, a few sentences), so TEXT-REUSE stays quiet.
// - 陆埠镇 2020 → 2021: seed 002 as published (format 2019), then a 2021 report in the 2021
//   template whose narrative is the 2020 one with the years moved on (TEXT-REUSE); its table 3
//   follows on from 2020, so nothing else is planted.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { auditedText } from '../lib/audit';
import { fixturePatch } from '../test/rules/support/patch';
import { readSeed } from './seed-pages/model';
import { article, esc } from './seed-pages/render';

const root = resolve(import.meta.dirname, '..');
const out = resolve(root, 'test/fixtures/xyear');
const rules = resolve(root, 'test/fixtures/rules');
/** Seed 000 laid out in the 2021 template for report year 2023 (the rule fixtures' 2021 page). */
const BASE_2021 = readFileSync(resolve(rules, 'base/2021.txt'), 'utf8');
const LUBU_2020_SEED = '002_44f021682d06f66e.txt';
const LUBU_2020 = readFileSync(resolve(root, '../shared/seeds', LUBU_2020_SEED), 'utf8');

type Lines = string[];
const T3_WIDTH = 7;

/** Sets the values after a tab-led label line (a table 2 or table 3 row of the seeds' text form). */
function setRow(lines: Lines, label: string, values: (number | string)[], from = 0): void {
  const i = lines.findIndex((l, k) => k >= from && l === `\t${label}`);
  if (i < 0) throw new Error(`no row ${label}`);
  values.forEach((v, k) => {
    if (!/^\t/.test(lines[i + 1 + k]!)) throw new Error(`row ${label} has fewer than ${values.length} values`);
    lines[i + 1 + k] = `\t${v}`;
  });
}

const t3 = (naturalPerson: number, commercial = 0): number[] => {
  const row = [naturalPerson, commercial, 0, 0, 0, 0];
  return [...row, row.reduce((s, v) => s + v, 0)];
};

/** Table 4's bare row of 15 values, the last tab-led numbers before section 五. */
function setT4(lines: Lines, values: number[]): void {
  const end = lines.findIndex((l) => l.startsWith('五、'));
  const at = lines.slice(0, end).flatMap((l, i) => (/^\t\d+$/.test(l) ? [i] : [])).slice(-15);
  at.forEach((i, k) => (lines[i] = `\t${values[k]}`));
}

/** Replaces a section's prose (its untabbed lines) with new paragraphs right under its heading. */
function setProse(lines: Lines, heading: string, paragraphs: string[]): Lines {
  const i = lines.findIndex((l) => l.startsWith(heading));
  const next = lines.findIndex((l, k) => k > i && /^[一二三四五六]、/.test(l));
  const j = next < 0 ? lines.length : next;
  const kept = lines.slice(i + 1, j).filter((l) => l.startsWith('\t') || l.trim() === '');
  return [...lines.slice(0, i + 1), ...paragraphs, ...kept, ...lines.slice(j)];
}

const moveYears = (text: string, from: number, to: number): string =>
  // Later years first, so 2023→2022 does not meet a 2024 already moved to 2023.
  [0, 1].reduce((t, d) => t.replaceAll(String(from + 1 - d), String(to + 1 - d)), text);

// ---- 外冈镇 ----------------------------------------------------------------------------------

const WAIGANG_2022_OVERVIEW = [
  // The opening paragraph every year repeats: legal basis, statistics period, contact.
  moveYears(BASE_2021.split('\n').find((l) => l.startsWith('根据《中华人民共和国政府信息公开条例》'))!, 2023, 2022),
  '2022年，外冈镇以推进基层政务公开标准化规范化为主线，对照市、区要求梳理了镇级政务公开事项目录，全年共梳理公开事项二百余项，并在门户网站专栏集中发布。',
  '主动公开方面。',
  '围绕疫情防控、复工复产和助企纾困，外冈镇及时发布防控通告、惠企政策和办事指南，开设“助企纾困”专题，集中解读各级扶持政策，方便企业查找和申报。',
  '依申请公开方面。',
  '外冈镇对依申请公开的受理、登记、办理和答复各环节进行了梳理，修订了办理流程图，明确了各部门的答复时限和责任人。2022年，外冈镇共受理政府信息公开申请6件，答复率100%，其中“予以公开”1件，“本机关不掌握相关政府信息”3件，属于“重复申请”1件。2022年发生政府信息公开行政诉讼1件。',
  '平台建设方面。',
  '镇社区事务受理服务中心设立政务公开专区，配备查阅终端和专人引导，群众可现场查阅政府信息和办事指南。“外冈在线”公众号全年推送政务资讯三百余条，对重要政策同步发布图解。',
  '监督保障方面。',
  '镇政务公开领导小组每季度召开一次工作例会，通报各部门公开情况；全年组织业务培训两次，参训人员四十余人次。',
];
const WAIGANG_2022_PROBLEMS = [
  '2022年外冈镇政务公开工作仍有不足：一是部分部门对政策解读重视不够，解读形式较为单一；二是基层村居公开内容更新不够及时。',
  '下一步，外冈镇将推行政策文件与解读材料同步起草、同步审签、同步发布，并加强对村居公开栏的日常检查。',
];

function waigang2023(inForce = 6): string {
  const lines = BASE_2021.split('\n');
  setRow(lines, '二、上年结转政府信息公开申请数量', t3(2));
  setRow(lines, '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', t3(2));
  setRow(lines, '（七）总计', t3(5, 2));
  setRow(lines, '行政规范性文件', [1, 0, inForce]);
  return lines.join('\n');
}

function waigang2022(): string {
  let lines = moveYears(BASE_2021, 2023, 2022).split('\n');
  setRow(lines, '一、本年新收政府信息公开申请数量', t3(4, 2));
  setRow(lines, '四、结转下年度继续办理', t3(1));
  setRow(lines, '行政规范性文件', [0, 0, 5]);
  lines = setProse(lines, '一、总体情况', WAIGANG_2022_OVERVIEW);
  lines = setProse(lines, '五、存在的主要问题及改进情况', WAIGANG_2022_PROBLEMS);
  return lines.join('\n');
}

// ---- 陆埠镇 ----------------------------------------------------------------------------------

/** The 2021 report: the 2021 template's tables, 陆埠镇's 2020 narrative with the years moved on. */
function lubu2021(): string {
  const before = auditedText(LUBU_2020, { url: 'lubu-2020.txt' });
  const prose = (template: number) =>
    before.narrative.filter((s) => s.template === template).flatMap((s) => s.text.split('\n')).map((l) => moveYears(l, 2020, 2021));
  const opening = before.narrative.find((s) => s.number === 0)!.text.split('\n').filter((l) => !/年度报告$|人民政府$/.test(l));
  let lines = BASE_2021.split('\n');
  const title = lines.findIndex((l) => l === '2023年政府信息公开工作年度报告');
  lines.splice(title, 2, '余姚市陆埠镇人民政府', '2021年政府信息公开工作年度报告', ...opening.map((l) => moveYears(l, 2020, 2021)));
  lines = setProse(lines, '一、总体情况', prose(1));
  lines = setProse(lines, '二、主动公开政府信息情况', prose(2));
  lines = setProse(lines, '三、收到和处理政府信息公开申请情况', prose(3));
  lines = setProse(lines, '五、存在的主要问题及改进情况', prose(5));
  const sig = lines.findIndex((l) => l === '外冈镇人民政府办公室');
  lines.splice(sig, 2, '余姚市陆埠镇人民政府', '2022年1月11日');
  // 2020 carried nothing forward; three new applications: two disclosed, one otherwise handled.
  setRow(lines, '一、本年新收政府信息公开申请数量', t3(3));
  setRow(lines, '二、上年结转政府信息公开申请数量', t3(0));
  setRow(lines, '（一）予以公开', t3(2));
  setRow(lines, '1.本机关不掌握相关政府信息', t3(0));
  setRow(lines, '2.重复申请', t3(0));
  setRow(lines, '3.其他', t3(1), lines.findIndex((l) => l.includes('（六）其他处理')));
  setRow(lines, '（七）总计', t3(3));
  setRow(lines, '四、结转下年度继续办理', t3(0));
  setT4(lines, [1, 0, 0, 0, 1, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
  return lines.join('\n');
}

// ---- output ----------------------------------------------------------------------------------

/** A report page as a column links it: the article on a plain CMS page. */
function page(name: string, text: string): string {
  const seed = readSeed(name, text, false);
  const title = seed.report.title!;
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${esc(title)}</title>
</head>
<body>
<div class="article">
${article(seed, 'page', `\n<div class="info">发布机构：${esc(seed.report.organ ?? '')}</div>`)}
</div>
</body>
</html>
`;
}

const reports = {
  'waigang-2022': waigang2022(),
  'waigang-2023': waigang2023(),
  'lubu-2020': LUBU_2020,
  'lubu-2021': lubu2021(),
};

mkdirSync(out, { recursive: true });
for (const [name, text] of Object.entries(reports)) {
  writeFileSync(resolve(out, `${name}.txt`), text);
  writeFileSync(resolve(out, `${name}.html`), page(name, text));
}
const manifest = [
  { file: 'waigang-2022', organ: '上海市嘉定区外冈镇人民政府', year: 2022, planted: [] },
  { file: 'waigang-2023', organ: '上海市嘉定区外冈镇人民政府', year: 2023, previous: 'waigang-2022', planted: ['CARRY-XYEAR naturalPerson 2≠1', 'CARRY-XYEAR total 2≠1'] },
  { file: 'lubu-2020', organ: '余姚市陆埠镇人民政府', year: 2020, planted: [], note: 'seed 002 as published: its own LABEL-VARIANT and SECTIONS findings' },
  { file: 'lubu-2021', organ: '余姚市陆埠镇人民政府', year: 2021, previous: 'lubu-2020', planted: ['TEXT-REUSE 一、总体情况', 'TEXT-REUSE 五、存在的主要问题及改进情况'] },
];
writeFileSync(resolve(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);

// Pair fixtures: `<stem>.patch` is this year's report, `<stem>.previous.patch` (or `.seed`) last year's.
const WHAT = {
  'waigang-2022': "外冈镇's 2022 report: the years moved back one; 6 applications received, 1 carried forward to 2023; 5 行政规范性文件 in force; sections 一 and 五 written anew.",
  'waigang-2023': "外冈镇's 2023 report: 2 applications carried over from 2022 (where 2022 carried forward 1), both partly disclosed; 1 行政规范性文件 issued, 6 in force.",
  'waigang-2023-stock': "外冈镇's 2023 report, with 5 行政规范性文件 in force where 2022's 5 plus the 1 issued give 6.",
  'lubu-2021': "陆埠镇's 2021 report in the 2021 template: its 2020 narrative (seed 002) with the years moved on; 3 applications, none carried over.",
  'lubu-2020': LUBU_2020_SEED,
} as const;
const pairs: [rule: string, stem: string, current: keyof typeof WHAT, previous: keyof typeof WHAT][] = [
  ['CARRY-XYEAR', 'fires', 'waigang-2023', 'waigang-2022'],
  ['CARRY-XYEAR', 'passes', 'lubu-2021', 'lubu-2020'],
  ['T2-STOCK-XYEAR', 'fires', 'waigang-2023-stock', 'waigang-2022'],
  ['T2-STOCK-XYEAR', 'passes', 'waigang-2023', 'waigang-2022'],
  ['TEXT-REUSE', 'fires', 'lubu-2021', 'lubu-2020'],
  ['TEXT-REUSE', 'passes', 'waigang-2023', 'waigang-2022'],
];
const texts = { ...reports, 'waigang-2023-stock': waigang2023(5) };
/** Writes one page of a pair: seed 002 as a pointer, any other as its change to the 2021 base. */
function writePage(rule: string, stem: string, report: keyof typeof WHAT): void {
  for (const ext of ['patch', 'seed']) rmSync(resolve(rules, rule, `${stem}.${ext}`), { force: true });
  if (report === 'lubu-2020') writeFileSync(resolve(rules, rule, `${stem}.seed`), `${LUBU_2020_SEED}\n`);
  else writeFileSync(resolve(rules, rule, `${stem}.patch`), fixturePatch('base/2021.txt', BASE_2021, `${rule}/${stem}`, texts[report], WHAT[report]));
}
for (const [rule, stem, current, previous] of pairs) {
  mkdirSync(resolve(rules, rule), { recursive: true });
  writePage(rule, stem, current);
  writePage(rule, `${stem}.previous`, previous);
}
console.log(`${Object.keys(reports).length} reports written to ${out}; ${pairs.length} pair fixtures to ${rules}`);
