// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Chip } from '../../components/overlay/Chip';
import type { Translate } from '../../components/overlay/describe';
import type { OverlayModel } from '../../components/overlay/model';
// The real fake browser, without wxt/testing's index (it loads esbuild, which jsdom breaks).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { mount, text, unmountAll } from '../popup/support';

afterEach(unmountAll);

const t: Translate = (key) => `${key}()`;
const model = (status: OverlayModel['status'], counts: Partial<OverlayModel['counts']>): OverlayModel => ({
  status,
  counts: { error: 0, warning: 0, review: 0, info: 0, ...counts },
  marks: [],
  unplaced: [],
  byId: new Map(),
});
const chip = (m: OverlayModel) => mount(<Chip model={m} unplaced={0} t={t} lang="zh" onClose={() => {}} />);

describe('the corner chip', () => {
  it('says 待复核 once, with its count, when review items are all there is', async () => {
    const root = await chip(model('warnings', { review: 3 }));
    expect(text(root)).toBe('overlay_title() 待复核 3 ×');
  });

  it('lists each kind of finding beside the verdict', async () => {
    const root = await chip(model('errors', { error: 2, warning: 1, review: 3 }));
    expect(text(root)).toBe('overlay_title() 有错误 错误 2 警告 1 待复核 3 ×');
  });
});
