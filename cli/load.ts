import { isUtf8, transcode } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { DOC_UNREADABLE, isOleDoc } from '../lib/audit/ole';
import { parseHtml } from '../lib/dom/parse';

export type Loaded =
  | { ok: true; kind: 'html'; html: string }
  | { ok: true; kind: 'text'; text: string }
  | { ok: true; kind: 'pdf'; bytes: Uint8Array }
  | { ok: true; kind: 'docx'; bytes: Uint8Array }
  | { ok: false; reason: string };

const HTML_EXT = new Set(['.html', '.htm', '.shtml', '.xhtml']);
const DOC_REASON = `${DOC_UNREADABLE.zh} (${DOC_UNREADABLE.en})`;

/** PDF and Word files by their first bytes (a name can lie, and attachments are often misnamed). */
function documentKind(path: string, bytes: Buffer): 'pdf' | 'docx' | 'doc' | null {
  const ext = extname(path).toLowerCase();
  if (bytes.subarray(0, 1024).includes('%PDF-') || ext === '.pdf') return 'pdf';
  if (isOleDoc(bytes) || ext === '.doc') return 'doc';
  if ((bytes[0] === 0x50 && bytes[1] === 0x4b) || ext === '.docx') return 'docx';
  return null;
}

/**
 * Reads a saved page or text file, honouring its declared charset (many gov sites serve GBK).
 * Read synchronously: the thread has nothing else to do meanwhile, and an asynchronous read left it
 * idle for a trip through libuv's thread pool per file.
 */
export async function loadFile(path: string): Promise<Loaded> {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, reason: code === 'ENOENT' ? '文件不存在 (file not found)' : `无法读取 (cannot read): ${code ?? error}` };
  }
  if (bytes.length === 0) return { ok: false, reason: '文件为空 (empty file)' };
  const kind = documentKind(path, bytes);
  if (kind === 'doc') return { ok: false, reason: DOC_REASON };
  const view = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  if (kind === 'pdf') return { ok: true, kind, bytes: view };
  if (kind === 'docx') return { ok: true, kind, bytes: view };
  if (looksBinary(bytes)) return { ok: false, reason: '不是文本或网页文件 (binary file, not a page or text)' };
  const text = decode(bytes);
  const isHtml = HTML_EXT.has(extname(path).toLowerCase()) || /^\s*(<!doctype html|<html|<head|<body|<meta|<table)/i.test(text);
  return isHtml ? { ok: true, kind: 'html', html: text } : { ok: true, kind: 'text', text };
}

/** A DOM for the pure core (parse5's tree, the members `lib/` reads); scripts never run and nothing is fetched. */
export function toDocument(html: string): Document {
  return parseHtml(html);
}

function looksBinary(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 8000);
  if (head.includes(0) && !hasUtf16Bom(bytes)) return true;
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const b = head[i]!;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > head.length * 0.1;
}

const hasUtf16Bom = (b: Buffer) => (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff);

export function decode(bytes: Buffer): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const declared = declaredCharset(bytes);
  // An unknown label is ignored: sniffed, as browsers do.
  const encoding = declared === null ? null : encodingNamed(declared);
  if (encoding !== null && encoding !== 'utf-8') return new TextDecoder(encoding).decode(bytes);
  if (isUtf8(bytes)) return fromUtf8(bytes);
  // Declared UTF-8 but not: the broken bytes become U+FFFD. Undeclared and not UTF-8: on a Chinese
  // government site that means the GB family.
  return new TextDecoder(encoding ?? 'gb18030').decode(bytes);
}

/** The WHATWG name of an encoding label (`utf8` → `utf-8`), or null for a label no decoder knows. */
function encodingNamed(label: string): string | null {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return null;
  }
}

/**
 * Valid UTF-8 as text. Through ICU's transcoding to UTF-16 and a copy: V8's own UTF-8 decoding (the
 * TextDecoder's) took five times the CPU on Chinese text, ~0.2 ms of a 111 KB page and ~0.6 ms of a
 * 355 KB Word export (and twice on the JSON a batch spools). The same text either way; TextDecoder
 * where Node is built without ICU.
 */
export function fromUtf8(bytes: Buffer): string {
  try {
    return transcode(bytes, 'utf8', 'ucs2').toString('ucs2');
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** The charset of a `<meta charset>` or http-equiv Content-Type in the first 4 KB, as browsers pre-scan. */
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 4096).toString('latin1');
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  if (!m?.[1]) return null;
  const label = m[1].toLowerCase();
  // GB2312 and GBK pages often hold characters only GB18030 has; it is their superset.
  return label === 'gb2312' || label === 'gbk' ? 'gb18030' : label;
}
