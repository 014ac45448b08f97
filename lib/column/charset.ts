/**
 * A fetched page's bytes to text, as a browser decides: BOM, then the HTTP header's charset, then
 * a `<meta>` in the first 4 KB, then UTF-8 if the bytes are valid UTF-8, else the GB family (on a
 * Chinese government site, a page that is not UTF-8 is GBK or GB2312).
 */
export function decodePage(bytes: Uint8Array, contentType = ''): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  for (const label of [charsetOf(contentType), metaCharset(bytes)]) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An unknown label: try the next source, as browsers do.
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

// GB2312 and GBK pages often hold characters only GB18030 has; it is their superset.
const widen = (label: string): string => (label === 'gb2312' || label === 'gbk' ? 'gb18030' : label);

const charsetOf = (contentType: string): string | null => {
  const m = /charset\s*=\s*["']?\s*([\w-]+)/i.exec(contentType);
  return m?.[1] ? widen(m[1].toLowerCase()) : null;
};

function metaCharset(bytes: Uint8Array): string | null {
  let head = '';
  for (const b of bytes.subarray(0, 4096)) head += String.fromCharCode(b);
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return m?.[1] ? widen(m[1].toLowerCase()) : null;
}
