/**
 * vitest globalSetup for the browser tests: the Chrome and Firefox builds, each rebuilt only when
 * stale, under the same lock as every other build so parallel test files never build into one
 * directory at once.
 */
import { ensureBuilt } from '../build/build';

export default function setup(): void {
  ensureBuilt('chrome');
  ensureBuilt('firefox');
}
