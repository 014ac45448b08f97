/**
 * `web-ext lint` on the Firefox build: no errors, and nothing about eval or remote script. Other
 * warnings are printed, not failed: today the only ones are Preact's innerHTML path (the code
 * behind dangerouslySetInnerHTML, which we never use: page text is always rendered as text).
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';
import { ensureBuilt } from './build';

interface LintMessage {
  code: string;
  message: string;
  file?: string;
  line?: number;
}
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

describe('web-ext lint (Firefox build)', () => {
  let report: LintReport;
  beforeAll(async () => {
    const dir = ensureBuilt('firefox');
    // The linter exits non-zero when it finds errors: read its report either way.
    const { stdout } = await promisify(execFile)('npx', ['web-ext', 'lint', '--source-dir', dir, '--output', 'json', '--no-input'], {
      cwd: repoRoot,
      timeout: 120_000,
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    report = JSON.parse(stdout.slice(stdout.indexOf('{'))) as LintReport;
    const line = (kind: string, m: LintMessage) => `  ${kind} ${m.code} ${m.file ?? ''}${m.line ? `:${m.line}` : ''} ${m.message}`;
    console.info(
      `[lint] ${JSON.stringify(report.summary)}\n` +
        [...report.errors.map((m) => line('error', m)), ...report.warnings.map((m) => line('warning', m)), ...report.notices.map((m) => line('notice', m))].join('\n'),
    );
  }, 300_000);

  it('reports no errors', () => {
    expect(report.errors.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  });

  it('finds no eval or remote script', () => {
    const risky = [...report.errors, ...report.warnings].filter((m) => /EVAL|REMOTE_SCRIPT|NO_IMPLIED_EVAL|UNSAFE_VAR_ASSIGNMENT.*script/.test(m.code));
    expect(risky.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`)).toEqual([]);
  });
});
