import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { artefactNames } from '../scripts/release/release';

export const ROOT = fileURLToPath(new URL('..', import.meta.url)).replace(/[\\/]$/, '');
/** Where global-setup.ts packages to; test-results/ is git-ignored and kept out of source packages. */
export const PACKAGE_ROOT = `${ROOT}/test-results/package`;
/** `npm run package -- --snapshot --update-base-url ...`: the store packages. */
export const STORE_DIRECTORY = `${PACKAGE_ROOT}/store`;
/** `npm run package -- --snapshot --portal-host http://localhost --crx-key ...`: a firm's package. */
export const ENTERPRISE_DIRECTORY = `${PACKAGE_ROOT}/enterprise`;
/** A throwaway signing key made for each run, standing in for a firm's own. */
export const TEST_SIGNING_KEY = `${PACKAGE_ROOT}/test-signing-key.pem`;
/** The firm's portal as the tests serve it: the static server answers on http://localhost:<port>. */
export const TEST_PORTAL_HOST = 'http://localhost';
export const UPDATE_BASE_URL = 'https://it.example.com/sms-check';

export const VERSION = (JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { version: string }).version;
export const STORE_NAMES = artefactNames(VERSION, false);
export const ENTERPRISE_NAMES = artefactNames(VERSION, true);
