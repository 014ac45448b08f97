import { applyPatch, formatPatch, parsePatch, structuredPatch } from 'diff';

/**
 * A rule fixture page stored as the one change it makes to a base report: a unified diff whose
 * `---` line names the base (`base/2021.txt`), preceded by a line or two saying what the change is.
 * Each hunk header carries the row label or section heading the change sits under, as git's
 * function context does, so the change reads as the report does: `@@ -97,4 +97,4 @@ （七）总计`.
 */

/** A changed page that no longer applies to its base, or that changes nothing. */
export class FixturePatchError extends Error {}

/** The base a fixture patch applies to (`base/2021.txt`), from its `---` line. */
export function patchBase(patch: string): string {
  const files = parsePatch(patch);
  if (files.length !== 1 || !files[0]!.oldFileName) throw new FixturePatchError('a fixture patch changes exactly one base page');
  return files[0]!.oldFileName;
}

/** The page the patch makes of its base; throws when it no longer applies or changes nothing. */
export function patchedPage(name: string, base: string, patch: string): string {
  const page = applyPatch(base, patch);
  if (page === false) throw new FixturePatchError(`${name} no longer applies to ${patchBase(patch)}: the base changed under it`);
  if (page === base) throw new FixturePatchError(`${name} changes nothing in ${patchBase(patch)}`);
  return page;
}

const SECTION = /^[一二三四五六七八]、/;
const CJK2 = /[\u4e00-\u9fff].*[\u4e00-\u9fff]/;
/** A row label of the seeds' tab-led text form, or a section heading: what a hunk is "in". */
const isLandmark = (line: string): boolean => SECTION.test(line) || (line.startsWith('\t') && CJK2.test(line));

/** The landmark at or above a 0-based line of the base, shortened to fit a hunk header. */
function landmark(lines: string[], before: number): string {
  for (let i = Math.min(before, lines.length - 1); i >= 0; i--) {
    if (isLandmark(lines[i]!)) {
      const text = lines[i]!.trim();
      return text.length > 30 ? `${text.slice(0, 30)}…` : text;
    }
  }
  return '';
}

/** The fixture patch turning `base` (named `baseName`, e.g. `base/2021.txt`) into `page`. */
export function fixturePatch(baseName: string, base: string, pageName: string, page: string, what: string): string {
  const patch = structuredPatch(baseName, pageName, base, page, undefined, undefined, { context: 3 });
  const lines = base.split('\n');
  // Each hunk is "in" the landmark at or above its last context line before the first change.
  const landmarks = patch.hunks.map((h) => landmark(lines, h.oldStart - 2 + h.lines.findIndex((l) => !l.startsWith(' '))));
  let k = 0;
  const body = formatPatch(patch)
    .split('\n')
    .filter((l) => !/^={10,}$/.test(l))
    .map((l) => (/^@@ .* @@$/.test(l) ? `${l} ${landmarks[k++]}`.trimEnd() : l))
    .join('\n');
  return `${what.trim()}\n\n${body}`;
}
