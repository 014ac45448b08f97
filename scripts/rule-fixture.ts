// node --import tsx scripts/rule-fixture.ts <2019|2021> <edited page> <RULE/stem> "<what the change is>"
// Stores an edited copy of a base report as a rule fixture page: test/fixtures/rules/RULE/stem.patch,
// the one change it makes to test/fixtures/rules/base/<year>.txt (see that folder's README).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fixturePatch, patchedPage } from '../test/rules/support/patch';

const [year, edited, name, what] = process.argv.slice(2);
if (!year || !edited || !name || !what) throw new Error('usage: rule-fixture.ts <2019|2021> <edited page> <RULE/stem> "<what the change is>"');
const rules = resolve(import.meta.dirname, '../test/fixtures/rules');
const baseName = `base/${year}.txt`;
const base = readFileSync(resolve(rules, baseName), 'utf8');
const page = readFileSync(edited, 'utf8');
const patch = fixturePatch(baseName, base, name, page, what);
patchedPage(name, base, patch); // refuses a page equal to its base
writeFileSync(resolve(rules, `${name}.patch`), patch);
console.log(`${name}.patch: ${patch.split('\n').filter((l) => /^[+-](?![+-]{2} )/.test(l)).length} changed lines`);
