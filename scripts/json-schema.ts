// Writes schema/gov-report-audit-v1.schema.json; a test fails when it is stale.
import { writeFileSync } from 'node:fs';
import { exportJsonSchema } from '../lib/audit/json-schema';

const path = new URL('../schema/gov-report-audit-v1.schema.json', import.meta.url);
writeFileSync(path, `${JSON.stringify(exportJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
