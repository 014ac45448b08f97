// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';

// The real fake browser, without wxt/testing's index (it loads esbuild, which jsdom breaks).
vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing/fake-browser')).fakeBrowser }));

import { act } from 'preact/test-utils';
import { useResults, type ResultsApi } from '../../components/results/useResults';
import type { AuditExport, HandCorrection } from '../../lib/model';
import { fixtureAudit, rowSum } from '../popup/fixture';
import { mount, settle, unmountAll } from '../popup/support';

const FILE = 'http://www.hongze.gov.cn/u/report.pdf';
const BYTES = new Uint8Array([37, 80, 68, 70]);

function fakeApi(overrides: Partial<ResultsApi> = {}) {
  let dismissed: string[] = [];
  return {
    fetchFile: vi.fn(async () => ({ ok: true as const, bytes: BYTES, kind: 'pdf' as const })),
    audit: vi.fn(async (_b: Uint8Array, _k: 'pdf' | 'docx', corrections: HandCorrection[]) => fixtureAudit(corrections.length ? [] : [rowSum])),
    publish: vi.fn((_a: AuditExport) => {}),
    getDismissed: vi.fn(async () => dismissed),
    setDismissed: vi.fn(async (_url: string, id: string, value: boolean) => (dismissed = value ? [id] : [])),
    ...overrides,
  } satisfies ResultsApi;
}

/** Renders the hook and hands its latest state out. */
async function run(api: ResultsApi) {
  const state: { current: ReturnType<typeof useResults> | null } = { current: null };
  function Probe() {
    state.current = useResults(api, FILE);
    return null;
  }
  await mount(<Probe />);
  await settle(10);
  return state;
}

afterEach(() => unmountAll());

describe('the results page state', () => {
  it('fetches once, audits with no correction, and publishes the audit for the tab badge', async () => {
    const api = fakeApi();
    const state = await run(api);
    expect(api.fetchFile).toHaveBeenCalledTimes(1);
    expect(api.audit).toHaveBeenCalledWith(BYTES, 'pdf', []);
    expect(state.current?.phase.kind).toBe('ready');
    expect(api.publish).toHaveBeenLastCalledWith(expect.objectContaining({ verdict: expect.objectContaining({ status: 'errors' }) }));
  });

  it('says why when the file could not be fetched, and audits nothing', async () => {
    const api = fakeApi({ fetchFile: vi.fn(async () => ({ ok: false as const, reason: { zh: '网站返回错误 403', en: '403' } })) });
    const state = await run(api);
    expect(state.current?.phase).toEqual({ kind: 'failed', reason: { zh: '网站返回错误 403', en: '403' } });
    expect(api.audit).not.toHaveBeenCalled();
  });

  it('a correction audits the same bytes again with every correction so far', async () => {
    const api = fakeApi();
    const state = await run(api);
    const at = rowSum.cells[0]!;
    await act(() => state.current!.correct(at, '12'));
    await settle(10);
    expect(api.audit).toHaveBeenLastCalledWith(BYTES, 'pdf', [{ at, raw: '12' }]);
    expect(state.current?.shown?.findings).toEqual([]);
    expect(api.publish).toHaveBeenLastCalledWith(expect.objectContaining({ verdict: expect.objectContaining({ status: 'pass' }) }));
  });

  it('a dismissal is kept under the file’s address and recounts the verdict', async () => {
    const api = fakeApi();
    const state = await run(api);
    await act(() => state.current!.dismiss(rowSum.id, true));
    await settle(10);
    expect(api.setDismissed).toHaveBeenCalledWith(FILE, rowSum.id, true);
    expect(state.current?.shown?.findings[0]?.dismissed).toBe(true);
    expect(state.current?.shown?.verdict.status).toBe('pass');
  });
});
