import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { AuditExport } from '../../lib/model';
import { corpusDir, repoRoot, seedsDir } from '../support/paths';

const bin = join(repoRoot, 'bin/gov-report-audit.mjs');
// The tests run the bundle a user runs, rebuilt from the current source.
beforeAll(() => {
  const built = spawnSync(process.execPath, [join(repoRoot, 'scripts/build-cli.mjs')], { encoding: 'utf8' });
  expect(built.stderr).toBe('');
  expect(built.status).toBe(0);
});
const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f));
const scratch = mkdtempSync(join(tmpdir(), 'gra-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
};

describe('gov-report-audit CLI', () => {
  it('prints one schema-valid export per file, in the order given, as a JSON array', () => {
    const r = run('--format', 'json', ...seeds);
    const audits = AuditExport.array().parse(JSON.parse(r.stdout));
    expect(audits.map((a) => a.source.url)).toEqual(seeds);
    expect(audits.every((a) => a.verdict.status !== 'not-a-report' && a.verdict.status !== 'unreadable')).toBe(true);
  });

  it('exits 1 when a report has error findings, like a linter', () => {
    const r = run('--format', 'json', ...seeds);
    const audits = AuditExport.array().parse(JSON.parse(r.stdout));
    const withErrors = audits.filter((a) => a.verdict.counts.error > 0);
    expect(withErrors.length).toBeGreaterThan(0);
    expect(r.code).toBe(1);
  });

  it('reads the real page in the corpus and says so in Chinese', () => {
    const r = run(join(corpusDir, 'shuyang-fgj-2023.html'));
    expect(r.stdout).toContain('沭阳县发展和改革局');
    expect(r.stdout).toMatch(/结论：(通过|有警告)/);
    expect(r.code).toBe(0);
  });

  it('names each unreadable file on stderr, exits 2, and still audits the others', () => {
    const empty = file('empty.txt', '');
    const binary = file('image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0, 1, 2, 3, 0, 0, 0, 0]));
    const missing = join(scratch, 'missing.html');
    const r = run('--format', 'json', empty, seeds[0]!, binary, missing);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${empty}: 文件为空`);
    expect(r.stderr).toContain(`${binary}: 不是文本或网页文件`);
    expect(r.stderr).toContain(`${missing}: 文件不存在`);
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/);
    const audits = AuditExport.array().parse(JSON.parse(r.stdout));
    expect(audits.map((a) => a.source.url)).toEqual([seeds[0]]);
  });

  it('says plainly that a page is not a report', () => {
    const news = file('news.html', '<!doctype html><html><head><meta charset="utf-8"><title>我县召开安全生产工作会议</title></head><body><h1>我县召开安全生产工作会议</h1><p>会议强调……</p></body></html>');
    const r = run(news);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('结论：非年报页面');
  });

  it('honours a GBK page’s declared charset', () => {
    const utf8 = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>某某镇2020年政府信息公开工作年度报告</title></head><body><h1>某某镇2020年政府信息公开工作年度报告</h1></body></html>';
    const gbk = encodeGbk(utf8);
    const r = run('--format', 'json', file('gbk.html', gbk));
    const [audit] = AuditExport.array().parse(JSON.parse(r.stdout));
    expect(audit?.source.title).toBe('某某镇2020年政府信息公开工作年度报告');
  });

  it('writes CSV with a byte-order mark', () => {
    const r = run('--format', 'csv', seeds[0]!);
    expect(r.stdout.charCodeAt(0)).toBe(0xfeff);
    expect(r.stdout).toContain('source,record,table,row_key,column_key,label,raw,value,unit');
  });

  // Seven runs of the CLI: generous on a loaded 2-core machine.
  it('gives the same output on any number of threads, in the order given, as one JSON document, cross-year findings too', { timeout: 120_000 }, () => {
    const corpus = join(corpusDir, 'shuyang-fgj-2023.html');
    const missing = join(scratch, 'missing.html');
    // Two bodies' consecutive years: the files rendered again with last year's report, on whichever thread.
    const years = ['waigang-2023', 'lubu-2021', 'waigang-2022', 'lubu-2020'].map((n) => join(repoRoot, 'test/fixtures/xyear', `${n}.txt`));
    const batch = [...years.slice(0, 2), ...seeds, corpus, missing, ...seeds.slice(0, 2), ...years.slice(2), corpus];
    const pinned = (stdout: string) => stdout.replace(/"auditedAt": "[^"]+"/g, '"auditedAt": ""');
    const one = run('--format', 'json', '--jobs', '1', ...batch);
    const two = run('--format', 'json', '--jobs', '2', ...batch);
    const four = run('--format', 'json', '-j', '4', ...batch);
    expect(one.code).toBe(2);
    expect(AuditExport.array().parse(JSON.parse(one.stdout)).map((a) => a.source.url)).toEqual(batch.filter((f) => f !== missing));
    expect(one.stdout).toBe(`${JSON.stringify(JSON.parse(one.stdout), null, 2)}\n`);
    expect(pinned(two.stdout)).toBe(pinned(one.stdout));
    expect(pinned(four.stdout)).toBe(pinned(one.stdout));
    expect(one.stdout.match(/"rule": "CARRY-XYEAR"/g)).toHaveLength(2);
    expect([two.code, four.code]).toEqual([2, 2]);
    expect(two.stderr).toContain(`${missing}: 文件不存在`);
    for (const format of ['text', 'csv']) {
      expect(run('--format', format, '--jobs', '2', ...batch).stdout.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, '')).toBe(
        run('--format', format, '--jobs', '1', ...batch).stdout.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, ''),
      );
    }
  });

  it('writes an empty JSON array when no file could be read', () => {
    const r = run('--format', 'json', join(scratch, 'missing.html'));
    expect(r.stdout).toBe('[]\n');
    expect(r.code).toBe(2);
  });

  it('refuses a --jobs that is not a positive whole number', () => {
    const r = run('--jobs', '0', seeds[0]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs');
  });

  it('explains its usage on a wrong option', () => {
    const r = run('--format', 'xml', seeds[0]!);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('用法');
  });
});

/** Node decodes GBK but cannot encode it: build the reverse table from the decoder. */
function encodeGbk(text: string): Buffer {
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, number[]>();
  for (let hi = 0x81; hi <= 0xfe; hi++) {
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const c = decoder.decode(Uint8Array.of(hi, lo));
      if (!table.has(c)) table.set(c, [hi, lo]);
    }
  }
  return Buffer.from([...text].flatMap((ch) => (ch.charCodeAt(0) < 0x80 ? [ch.charCodeAt(0)] : table.get(ch) ?? [0x3f])));
}

describe('gov-report-audit CLI across years', () => {
  const xyear = join(repoRoot, 'test/fixtures/xyear');
  // Given out of order: the CLI groups them by body and orders each body's reports by year.
  const files = ['waigang-2023', 'lubu-2021', 'waigang-2022', 'lubu-2020'].map((n) => join(xyear, `${n}.txt`));

  it('runs the cross-year rules on the same body\'s consecutive years and names last year\'s report', () => {
    const r = run('--format', 'json', '--jobs', '2', ...files);
    expect(r.code).toBe(0);
    const audits = (JSON.parse(r.stdout) as unknown[]).map((a) => AuditExport.parse(a));
    expect(audits.map((a) => a.source.url)).toEqual(files);
    const xyearOf = (a: AuditExport) => a.findings.filter((f) => f.previous).map((f) => `${f.rule}←${f.previous!.year}`);
    expect(audits.map(xyearOf)).toEqual([['CARRY-XYEAR←2022', 'CARRY-XYEAR←2022'], ['TEXT-REUSE←2020', 'TEXT-REUSE←2020'], [], []]);
    const carry = audits[0]!.findings.find((f) => f.rule === 'CARRY-XYEAR')!;
    expect(carry.previous!.url).toBe(files[2]);
    expect(carry.related.every((at) => at.url === files[2])).toBe(true);
    expect(audits[0]!.verdict.counts.warning).toBe(2);
  });

  it('audits a batch at one instant; of two copies of last year\'s report it names the first by address, however the threads ran', () => {
    const lastYear = readFileSync(files[2]!);
    const [first, second] = [file('copy-a.txt', lastYear), file('copy-b.txt', lastYear)];
    // One thread audits them in the order given: by audit time, the second would be "the latest audited".
    const audits = (JSON.parse(run('--format', 'json', '--jobs', '1', files[0]!, first, second).stdout) as unknown[]).map((a) => AuditExport.parse(a));
    expect(new Set(audits.map((a) => a.source.auditedAt)).size).toBe(1);
    expect(audits[0]!.findings.find((f) => f.rule === 'CARRY-XYEAR')!.previous!.url).toBe(first);
  });

  it('ends the text with one line per file, naming the report each was compared with', () => {
    const r = run(...files);
    const table = r.stdout.slice(r.stdout.indexOf('汇总 (summary)')).trim().split('\n');
    expect(table).toHaveLength(2 + files.length);
    expect(table[1]).toMatch(/^文件\s+机构\s+年度\s+结论\s+错误\s+警告\s+待复核\s+提示\s+对照上年报告$/);
    expect(table[2]).toMatch(/waigang-2023\.txt\s+上海市嘉定区外冈镇人民政府\s+2023\s+\S+\s+0\s+2\s+0\s+0\s+\S*waigang-2022\.txt$/);
    expect(table[5]).toMatch(/lubu-2020\.txt\s+余姚市陆埠镇人民政府\s+2020\s+\S+\s+0\s+1\s+0\s+3\s+—$/);
    expect(r.stdout).toContain('〔对照：');
  });

  it('carries the cross-year findings into the CSV, with last year\'s cells and report', () => {
    const rows = run('--format', 'csv', ...files).stdout.split('\r\n').filter((l) => l.includes(',CARRY-XYEAR,'));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/,previous:T\d+R\d+C\d+(L\d+)?,[^,]*waigang-2022\.txt,,,$/);
  });

  it('gives one file alone no cross-year findings and no table', () => {
    const r = run(files[0]!);
    expect(r.stdout).not.toContain('CARRY-XYEAR');
    expect(r.stdout).not.toContain('汇总');
  });
});

describe('gov-report-audit CLI on PDF and Word files', () => {
  const pdfDir = join(repoRoot, 'test/fixtures/pdf');

  it('audits a PDF and a .docx beside a page in one run, in the same JSON, exit 1 for the real T4-SUM errors', () => {
    const hongze = join(corpusDir, 'hongze-district-2023.pdf');
    const docx = join(pdfDir, 'seed-000-word.docx');
    const page = join(corpusDir, 'shuyang-fgj-2023.html');
    const r = run('--format', 'json', hongze, docx, page);
    const audits = AuditExport.array().parse(JSON.parse(r.stdout));
    expect(audits.map((a) => [a.source.url, a.source.kind])).toEqual([[hongze, 'pdf'], [docx, 'docx'], [page, 'html']]);
    expect(audits[0]!.findings.filter((f) => f.rule === 'T4-SUM').length).toBe(2);
    expect(r.code).toBe(1);
  });

  it('says a scan, an encrypted PDF and an old .doc cannot be read, and exits 2', () => {
    const scan = run(join(pdfDir, 'scan.pdf'));
    expect(scan.stdout).toContain('扫描件，无文字层，无法核查');
    expect(scan.code).toBe(2);
    const encrypted = run(join(pdfDir, 'encrypted.pdf'));
    expect(encrypted.stdout).toContain('加密');
    expect(encrypted.code).toBe(2);
    const doc = run(file('report.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])));
    expect(doc.stderr).toContain('PDF 或 .docx');
    expect(doc.code).toBe(2);
  });
});
