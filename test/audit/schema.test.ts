import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL } from '../../lib/audit';
import { exportJsonSchema } from '../../lib/audit/json-schema';

const root = new URL('../../', import.meta.url);

describe('published contract', () => {
  it('the committed JSON Schema is the one the zod schema generates (run `npm run schema`)', () => {
    const committed = JSON.parse(readFileSync(new URL('schema/gov-report-audit-v1.schema.json', root), 'utf8'));
    expect(committed).toEqual(exportJsonSchema());
  });

  it('exports name the version package.json declares', () => {
    const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
    expect(TOOL).toEqual({ name: pkg.name, version: pkg.version });
  });
});
