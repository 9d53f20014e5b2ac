import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { CHROMIUM_PATH } from '../e2e/paths';
import {
  ENTERPRISE_DIRECTORY,
  PACKAGE_ROOT,
  ROOT,
  STORE_DIRECTORY,
  TEST_PORTAL_HOST,
  TEST_SIGNING_KEY,
  UPDATE_BASE_URL,
} from './release-paths';

function npmRunPackage(args: string[]): void {
  const started = performance.now();
  const result = spawnSync(process.execPath, [`${ROOT}/node_modules/tsx/dist/cli.mjs`, 'scripts/package.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  if (result.status !== 0) {
    throw new Error(`npm run package -- ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
  console.log(`npm run package -- ${args.join(' ')}: ${Math.round(performance.now() - started)} ms`);
}

/** Packages the working tree twice, as a release would (but --snapshot: a tag does not stop it). */
export default async function globalSetup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install it (apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  // While writing a spec: E2E_PACKAGE_REUSE=1 keeps the packages of the last run.
  if (process.env.E2E_PACKAGE_REUSE && existsSync(`${ENTERPRISE_DIRECTORY}/SHA256SUMS`)) return;
  rmSync(PACKAGE_ROOT, { recursive: true, force: true });
  mkdirSync(PACKAGE_ROOT, { recursive: true });
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  writeFileSync(TEST_SIGNING_KEY, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600 });
  npmRunPackage(['--snapshot', '--out', STORE_DIRECTORY, '--update-base-url', UPDATE_BASE_URL]);
  npmRunPackage([
    '--snapshot',
    '--out',
    ENTERPRISE_DIRECTORY,
    '--portal-host',
    TEST_PORTAL_HOST,
    '--crx-key',
    TEST_SIGNING_KEY,
    // The same sources: the store run's builds, packaged for the firm.
    '--from-build',
    `${STORE_DIRECTORY}/build`,
  ]);
}
