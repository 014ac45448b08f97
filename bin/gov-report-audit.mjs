#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so the core is not built twice.
import { register } from 'tsx/esm/api';
register();
await import('../cli/main.ts');
