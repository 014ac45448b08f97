import { describe, expect, it, vi } from 'vitest';
import { fetchReportFile, MAX_FILE_BYTES, sniffKind } from '../../components/results/fetchFile';
import { offeredFiles } from '../../components/popup/files';
import { readResultsUrl, resultsUrl } from '../../utils/results';
import { govSite, isGovPdfUrl, sameGovSite } from '../../utils/site';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const PAGE = 'http://www.hongze.gov.cn/art/2024/1/18/art_1.html';

describe('which files the extension may fetch', () => {
  it('only http(s) addresses on *.gov.cn belong to a site', () => {
    expect(govSite('https://xxgk.hongze.gov.cn/a.pdf')).toBe('hongze.gov.cn');
    expect(govSite('http://hongze.gov.cn:8080/a.pdf')).toBe('hongze.gov.cn');
    for (const url of ['http://example.com/a.pdf', 'http://gov.cn.evil.com/a.pdf', 'ftp://www.hongze.gov.cn/a.pdf', 'http://gov.cn/', 'not a url']) {
      expect(govSite(url), url).toBeNull();
    }
  });

  it('a file on the same site, another host of it included; nothing from another site', () => {
    expect(sameGovSite(PAGE, 'http://www.hongze.gov.cn/u/a.pdf')).toBe(true);
    expect(sameGovSite(PAGE, 'https://xxgk.hongze.gov.cn/u/a.pdf')).toBe(true);
    expect(sameGovSite(PAGE, 'http://www.huaian.gov.cn/u/a.pdf')).toBe(false);
    expect(sameGovSite('http://example.com/', 'http://example.com/a.pdf')).toBe(false);
  });

  it('a tab shows a PDF itself when its address names a .pdf on *.gov.cn', () => {
    expect(isGovPdfUrl('http://www.hongze.gov.cn/u/%E5%B9%B4%E6%8A%A5.PDF')).toBe(true);
    expect(isGovPdfUrl('http://www.hongze.gov.cn/u/a.html')).toBe(false);
    expect(isGovPdfUrl('http://example.com/a.pdf')).toBe(false);
  });

  it('the popup offers the tab’s PDF, or the page’s attachments on its own site only', () => {
    const pdf = offeredFiles({ url: 'http://www.hongze.gov.cn/u/a.pdf', contentType: null }, []);
    expect(pdf).toEqual({ tabIsFile: true, offered: [{ url: 'http://www.hongze.gov.cn/u/a.pdf', name: 'a.pdf', kind: 'pdf' }] });
    const mine = { url: 'http://www.hongze.gov.cn/u/b.pdf', name: 'b', kind: 'pdf' as const };
    const theirs = { url: 'http://www.other.gov.cn/u/c.pdf', name: 'c', kind: 'pdf' as const };
    expect(offeredFiles({ url: PAGE, contentType: 'text/html' }, [mine, theirs])).toEqual({ tabIsFile: false, offered: [mine] });
    expect(offeredFiles({ url: 'http://example.com/a', contentType: 'application/pdf' }, []).offered).toEqual([]);
    expect(offeredFiles(null, [mine]).offered).toEqual([]);
  });

  it('the results page reads back the file, page and tab the popup gave it', () => {
    const target = { file: 'http://www.hongze.gov.cn/u/a b.pdf?x=1&y=2', page: PAGE, tab: 7 };
    expect(readResultsUrl(resultsUrl(target).split('?').slice(1).join('?'))).toEqual(target);
    expect(readResultsUrl('?page=x')).toBeNull();
  });
});

describe('sniffKind', () => {
  it.each([
    ['%PDF-1.7\n', 'pdf'],
    ['\n\n%PDF-1.4', 'pdf'],
    ['PK\u0003\u0004\u0014\u0000', 'docx'],
    ['\u00d0\u00cf\u0011\u00e0\u00a1\u00b1', 'doc'],
    ['<!DOCTYPE html><html>', 'html'],
    ['\u00ef\u00bb\u00bf <html lang="zh">', 'html'],
    ['GIF89a', null],
  ])('%j → %s', (head, kind) => expect(sniffKind(bytes(head))).toBe(kind));
});

describe('fetchReportFile', () => {
  const target = { file: 'http://www.hongze.gov.cn/u/a.pdf', page: PAGE, tab: 1 };
  const answer = (body: string, init: ResponseInit & { url?: string } = {}) => {
    const response = new Response(bytes(body), init);
    Object.defineProperty(response, 'url', { value: init.url ?? target.file });
    return vi.fn(async () => response);
  };

  it('fetches with the user’s session and returns the bytes and their kind', async () => {
    const fetchImpl = answer('%PDF-1.7 …');
    const got = await fetchReportFile(target, fetchImpl as unknown as typeof fetch);
    expect(got).toMatchObject({ ok: true, kind: 'pdf' });
    expect(fetchImpl).toHaveBeenCalledWith(target.file, expect.objectContaining({ credentials: 'include' }));
  });

  it('never requests a file of another site', async () => {
    const fetchImpl = answer('%PDF-1.7');
    const got = await fetchReportFile({ ...target, file: 'http://evil.example.com/a.pdf' }, fetchImpl as unknown as typeof fetch);
    expect(got.ok).toBe(false);
    expect(fetchImpl).not.toHaveBeenCalled();
  });

  it('drops what a redirect brought from another site', async () => {
    const got = await fetchReportFile(target, answer('%PDF-1.7', { url: 'http://cdn.example.com/a.pdf' }) as unknown as typeof fetch);
    expect(got).toMatchObject({ ok: false, reason: { zh: expect.stringContaining('其他网站') } });
  });

  it.each([
    ['an error status', answer('nope', { status: 403 }), '403'],
    ['a page instead of the file (an anti-bot check)', answer('<html><script>check()</script>'), '网页'],
    ['an old .doc', answer('\u00d0\u00cf\u0011\u00e0 word'), '.doc'],
    ['something else', answer('GIF89a'), '不是 PDF'],
    ['a file over the size limit', answer('%PDF', { headers: { 'content-length': String(MAX_FILE_BYTES + 1) } }), '过大'],
    ['a network failure', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))), 'Failed to fetch'],
  ])('says why on %s', async (_, fetchImpl, words) => {
    const got = await fetchReportFile(target, fetchImpl as unknown as typeof fetch);
    expect(got.ok).toBe(false);
    if (!got.ok) expect(got.reason.zh).toContain(words);
  });
});
