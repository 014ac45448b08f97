import { describe, expect, it } from 'vitest';
import { fixturePatch, FixturePatchError, patchBase, patchedPage } from './support/patch';

const BASE = ['2023年政府信息公开工作年度报告', '三、收到和处理政府信息公开申请情况', '\t（一）予以公开', '\t1', '\t0', '\t1', '\t（七）总计', '\t3', '\t2', '\t5', ''].join('\n');
const change = (page: string) => fixturePatch('base/2021.txt', BASE, 'T3-ROWSUM/fires', page, '（一）予以公开·总计 says 2.');

describe('a rule fixture stored as its change to a base report', () => {
  const page = BASE.replace('\t1\n\t（七）', '\t2\n\t（七）');
  const patch = change(page);

  it('reads as the change, under the row it is in, after what it is', () => {
    expect(patch.split('\n').slice(0, 2)).toEqual(['（一）予以公开·总计 says 2.', '']);
    expect(patch).toContain('--- base/2021.txt');
    expect(patch).toMatch(/^@@ -\d+,\d+ \+\d+,\d+ @@ （一）予以公开$/m);
    expect(patch).toMatch(/^-\t1\n\+\t2$/m);
    expect(patchBase(patch)).toBe('base/2021.txt');
  });

  it('gives the changed page back from the base', () => {
    expect(patchedPage('fires.patch', BASE, patch)).toBe(page);
  });

  it('fails when the base changed under it', () => {
    const moved = BASE.replace('\t（一）予以公开\n\t1\n\t0', '\t（一）予以公开\n\t4\n\t4');
    expect(() => patchedPage('fires.patch', moved, patch)).toThrow(FixturePatchError);
    expect(() => patchedPage('fires.patch', moved, patch)).toThrow(/no longer applies to base\/2021\.txt/);
  });

  it('fails when it changes nothing', () => {
    const empty = '（一）予以公开 unchanged.\n\n--- base/2021.txt\n+++ T3-ROWSUM/fires\n';
    expect(() => patchedPage('fires.patch', BASE, empty)).toThrow(/changes nothing in base\/2021\.txt/);
  });
});
