import type { Bilingual } from '../../lib/model';
import { sameGovSite } from '../../utils/site';
import type { ResultsTarget } from '../../utils/results';

export type FileKind = 'pdf' | 'docx';
export type Fetched = { ok: true; bytes: Uint8Array; kind: FileKind } | { ok: false; reason: Bilingual };

/** Larger files are refused before they are read: a report is a few MB at most. */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;

const fail = (zh: string, en: string): Fetched => ({ ok: false, reason: { zh, en } });

/** What the bytes are, by their first bytes (sites serve PDFs as octet-stream, .docx as zip, pages as 200 OK). */
export function sniffKind(head: Uint8Array): FileKind | 'doc' | 'html' | null {
  const text = new TextDecoder('latin1').decode(head.subarray(0, 1024));
  if (text.includes('%PDF-')) return 'pdf';
  if (text.startsWith('PK\u0003\u0004')) return 'docx';
  if (text.startsWith('\u00d0\u00cf\u0011\u00e0')) return 'doc';
  if (/^\s*(?:<!doctype html|<html|<head|<body|<script)/i.test(text.replace(/^\u00ef\u00bb\u00bf/, ''))) return 'html';
  return null;
}

/**
 * Fetches a report file for the results page: from the offering page's own *.gov.cn site only,
 * with the user's session (cookies: many sites answer only browsers that passed their check),
 * once, on the click that opened the page. Never throws: a refusal says why.
 */
export async function fetchReportFile(target: ResultsTarget, fetchImpl: typeof fetch = fetch): Promise<Fetched> {
  if (!sameGovSite(target.page, target.file)) {
    return fail('只核查本网站（*.gov.cn）上的文件：此链接指向其他网站，未下载。', 'Only files on the same *.gov.cn site are audited: this link points elsewhere, nothing was downloaded.');
  }
  let response: Response;
  try {
    response = await fetchImpl(target.file, { credentials: 'include', redirect: 'follow' });
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return fail(`无法下载文件：${why}`, `The file could not be downloaded: ${why}`);
  }
  // A redirect may not carry the request off the site.
  if (response.url && !sameGovSite(target.page, response.url)) {
    return fail('网站将文件请求转到了其他网站，未读取。', 'The site redirected the file to another site: not read.');
  }
  if (!response.ok) return fail(`网站返回错误 ${response.status}，未能下载文件。`, `The site answered ${response.status}: the file was not downloaded.`);
  const declared = Number(response.headers.get('content-length') ?? 0);
  if (declared > MAX_FILE_BYTES) return tooLarge(declared);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > MAX_FILE_BYTES) return tooLarge(bytes.length);
  const kind = sniffKind(bytes);
  if (kind === 'pdf' || kind === 'docx') return { ok: true, bytes, kind };
  if (kind === 'doc') {
    return fail('这是旧版 Word（.doc）文件，无法读取；PDF 或 .docx 版本可以核查。', 'This is an old binary Word (.doc) file, which cannot be read; a PDF or .docx version can be audited.');
  }
  if (kind === 'html') {
    return fail(
      '网站返回的是网页而不是文件（可能需要先在该网站完成验证或登录）：请先在标签页中打开该文件，再点「核查此 PDF」。',
      'The site answered with a page, not the file (it may want a check or a login first): open the file in a tab, then use “Audit this PDF”.',
    );
  }
  return fail('文件不是 PDF 或 .docx，无法核查。', 'The file is neither a PDF nor a .docx: it cannot be audited.');
}

function tooLarge(bytes: number): Fetched {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return fail(`文件过大（${mb(bytes)} MB，上限 ${mb(MAX_FILE_BYTES)} MB），未读取。`, `The file is too large (${mb(bytes)} MB; the limit is ${mb(MAX_FILE_BYTES)} MB): not read.`);
}
