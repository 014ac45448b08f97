/**
 * `npm run zip`: the two store packages (Chrome MV3, Firefox MV2) hold exactly their builds, and
 * the sources archive the Firefox add-on store asks for holds exactly what the package is built
 * from, with a README that says how to rebuild it. The recipe is followed here: the archive is
 * unpacked, built (with this checkout's node_modules, which `npm ci --ignore-scripts` would install
 * from the same lockfile), and the result compared with the package byte for byte.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SOURCES } from '../../store/sources';
import { repoRoot } from '../support/paths';
import { buildFirefoxIn, filesOf, outputDir, zipAll, type Packages } from './build';

const unzip = (path: string): Map<string, Buffer> =>
  new Map(Object.entries(unzipSync(readFileSync(path))).filter(([name]) => !name.endsWith('/')).map(([name, data]) => [name, Buffer.from(data)]));

const filesIn = (dir: string): Map<string, Buffer> => new Map(filesOf(dir).map((f) => [f, readFileSync(join(dir, f))]));

/** Same names, same bytes; the differences, by name, otherwise. */
const differences = (a: Map<string, Buffer>, b: Map<string, Buffer>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((name) => !a.get(name)?.equals(b.get(name) ?? Buffer.alloc(0)) || !b.has(name)).sort();

/** What SOURCES names, from this checkout. */
function expectedSources(): string[] {
  return SOURCES.flatMap((glob) => {
    if (!glob.endsWith('/**')) return [glob];
    const dir = glob.slice(0, -3);
    return filesOf(join(repoRoot, dir)).map((f) => `${dir}/${f}`);
  }).sort();
}

describe('npm run zip', () => {
  let zips: Packages;
  let sources: Map<string, Buffer>;
  const unpacked = mkdtempSync(join(tmpdir(), 'gra-sources-'));

  beforeAll(() => {
    zips = zipAll();
    sources = unzip(zips.sources);
  }, 600_000);
  afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

  it('packs the Chrome (MV3) and Firefox (MV2) builds, each exactly as built', () => {
    for (const [zip, target, mv] of [[zips.chrome, 'chrome', 3], [zips.firefox, 'firefox', 2]] as const) {
      const packed = unzip(zip);
      expect(differences(packed, filesIn(outputDir(target))), zip).toEqual([]);
      expect(JSON.parse(packed.get('manifest.json')!.toString('utf8')).manifest_version).toBe(mv);
      console.info(`[zip] ${zip.slice(repoRoot.length + 1)}: ${packed.size} files, ${(statSync(zip).size / 1024).toFixed(1)} KB`);
    }
  });

  it('puts in the sources archive what the package is built from, and nothing else', () => {
    const names = [...sources.keys()].sort();
    console.info(`[zip] ${zips.sources.slice(repoRoot.length + 1)}: ${names.length} files, ${(statSync(zips.sources).size / 1024).toFixed(1)} KB`);
    expect(names).toEqual(['README.md', ...expectedSources()].sort());
    expect(names.filter((n) => /^(test|test-results|node_modules|\.output|\.wxt|scripts|samples)\//.test(n))).toEqual([]);
  });

  it('says in its README how to rebuild the exact package, with the versions used', () => {
    const readme = sources.get('README.md')!.toString('utf8');
    const { version } = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
    expect(readme).toContain('npm ci --ignore-scripts'); // package.json's postinstall needs scripts/, not in the archive
    expect(readme).toContain('npx wxt zip -b firefox');
    expect(readme).toContain(`gov-report-audit-${version}-firefox.zip`);
    expect(readme).toContain(`Node.js ${process.versions.node}`);
    expect(readme).not.toMatch(/\{\{\w+\}\}/);
  });

  it('rebuilds, from the sources archive alone, the Firefox package byte for byte', () => {
    for (const [name, data] of sources) {
      mkdirSync(dirname(join(unpacked, name)), { recursive: true });
      writeFileSync(join(unpacked, name), data);
    }
    symlinkSync(join(repoRoot, 'node_modules'), join(unpacked, 'node_modules'), 'dir');
    buildFirefoxIn(unpacked);
    const rebuilt = join(unpacked, '.output/firefox-mv2');
    expect(existsSync(join(rebuilt, 'manifest.json'))).toBe(true);
    expect(differences(filesIn(rebuilt), unzip(zips.firefox))).toEqual([]);
  }, 300_000);
});
