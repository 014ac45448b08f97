import type { Bilingual } from '../model';

// Apart from ./docx so that a reader can recognise an old .doc without loading the zip and XML code.

/** What an old binary Word file (.doc) gets: we cannot read it, and say what we can read. */
export const DOC_UNREADABLE: Bilingual = {
  zh: '旧版 Word 二进制文件（.doc）无法读取，请使用 PDF 或 .docx 版本',
  en: 'An old binary Word file (.doc) cannot be read; a PDF or .docx version can',
};
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE compound file: an old binary .doc (or .xls, .ppt), whatever its name says. */
export const isOleDoc = (bytes: Uint8Array): boolean => OLE.every((b, i) => bytes[i] === b);
