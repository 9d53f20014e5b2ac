/**
 * What `npm run package` writes, checked as a store, an AMO reviewer and a firm's IT would:
 * the files and their sums, each manifest, the update manifest, the .crx, the source package
 * rebuilding to the same files, and `web-ext lint` on the .xpi.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { extensionIdFromKey, manifestKeyOfPem, storeManifest } from '../scripts/release/release';
import { filesUnder, readZip } from '../scripts/release/zip';
import { EXTENSION_ID, GECKO_ID } from '../src/shared/extension-id';
import {
  ENTERPRISE_DIRECTORY,
  ENTERPRISE_NAMES,
  ROOT,
  STORE_DIRECTORY,
  STORE_NAMES,
  TEST_SIGNING_KEY,
  UPDATE_BASE_URL,
  VERSION,
} from './release-paths';

type Manifest = Record<string, unknown>;

const sha256 = (content: Uint8Array) => createHash('sha256').update(content).digest('hex');
const decode = (content: Uint8Array | undefined) => new TextDecoder().decode(content);

async function zipManifest(path: string): Promise<Manifest> {
  const files = await readZip(await readFile(path));
  expect(files.has('manifest.json'), `${path} has manifest.json at its root`).toBe(true);
  return JSON.parse(decode(files.get('manifest.json'))) as Manifest;
}

/** Every file of a directory by path, as SHA-256. */
async function directoryHashes(directory: string): Promise<Map<string, string>> {
  const hashes = new Map<string, string>();
  for (const path of await filesUnder(directory)) hashes.set(path, sha256(await readFile(join(directory, path))));
  return hashes;
}

function zipHashes(files: Map<string, Uint8Array>): Map<string, string> {
  return new Map([...files].map(([path, content]) => [path, sha256(content)]));
}

test('the release holds the store packages, the source package and updates.xml, and SHA256SUMS matches them', async () => {
  const sums = await readFile(join(STORE_DIRECTORY, 'SHA256SUMS'), 'utf8');
  const listed = sums
    .trim()
    .split('\n')
    .map((line) => line.split(/ {2}/) as [string, string]);
  expect(listed.map(([, name]) => name)).toEqual(
    [STORE_NAMES.chrome, STORE_NAMES.firefox, STORE_NAMES.source, STORE_NAMES.updates].sort(),
  );
  for (const [hash, name] of listed) expect(sha256(await readFile(join(STORE_DIRECTORY, name))), name).toBe(hash);
});

test('the Chrome Web Store zip: manifest at the root, no key, the package version, nothing of the test build', async () => {
  const manifest = await zipManifest(join(STORE_DIRECTORY, STORE_NAMES.chrome));
  expect(manifest).not.toHaveProperty('key');
  expect(manifest.version).toBe(VERSION);
  expect(manifest.manifest_version).toBe(3);
  // The shipped manifest runs nowhere by itself: no content script, no host permission (the test
  // build's http://localhost and http://127.0.0.1 are not here), site access asked at run time.
  expect(manifest).not.toHaveProperty('content_scripts');
  expect(manifest).not.toHaveProperty('host_permissions');
  expect(manifest.optional_host_permissions).toEqual(['<all_urls>']);
  // The keyboard shortcuts ship (users rebind them at chrome://extensions/shortcuts).
  expect(Object.keys(manifest.commands as object).sort()).toEqual(['fix-all', 'open-card', 'toggle-site']);
  const source = JSON.parse(await readFile(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.permissions).toEqual(source.permissions);
});

test('the Firefox xpi: the add-on id, the package version, no key', async () => {
  const manifest = await zipManifest(join(STORE_DIRECTORY, STORE_NAMES.firefox));
  expect(manifest.version).toBe(VERSION);
  expect(manifest).not.toHaveProperty('key');
  expect(manifest).not.toHaveProperty('host_permissions');
  expect((manifest.browser_specific_settings as { gecko: { id: string } }).gecko.id).toBe(GECKO_ID);
});

test('the xpi passes web-ext lint with no error and no warning we could remove', async () => {
  test.slow();
  const directory = await mkdtemp(join(tmpdir(), 'sms-check-xpi-'));
  try {
    for (const [path, content] of await readZip(await readFile(join(STORE_DIRECTORY, STORE_NAMES.firefox)))) {
      await mkdir(join(directory, path, '..'), { recursive: true });
      await writeFile(join(directory, path), content);
    }
    const lint = spawnSync(
      process.execPath,
      [
        join(ROOT, 'node_modules/web-ext/bin/web-ext.js'),
        'lint',
        '--source-dir',
        directory,
        '--output',
        'json',
        '--no-input',
      ],
      { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 },
    );
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf('{'))) as {
      summary: { errors: number; warnings: number };
      errors: { code: string; message: string; file?: string }[];
      warnings: { code: string; message: string; file?: string }[];
    };
    expect(report.errors).toEqual([]);
    // The warnings we keep, each for a reason:
    // - the content script imports the in-page linter by its runtime URL (a dynamic import() the
    //   linter cannot follow), which keeps the rules library out of the page's own world;
    // - Preact's runtime sets innerHTML only for dangerouslySetInnerHTML, which our pages never use.
    const kept = [
      { code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe call to import for argument 0$/, file: /checker\.iife/ },
      { code: 'UNSAFE_VAR_ASSIGNMENT', message: /^Unsafe assignment to innerHTML$/, file: /jsxRuntime/ },
    ];
    const removable = report.warnings.filter(
      (warning) =>
        !kept.some(
          (allowed) =>
            warning.code === allowed.code &&
            allowed.message.test(warning.message) &&
            allowed.file.test(warning.file ?? ''),
        ),
    );
    expect(removable).toEqual([]);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test('updates.xml names the fixed id, the version and the .crx under the base URL', async () => {
  const xml = await readFile(join(STORE_DIRECTORY, STORE_NAMES.updates), 'utf8');
  expect(xml).toContain(`<app appid='${EXTENSION_ID}'>`);
  expect(xml).toContain(`codebase='${UPDATE_BASE_URL}/${STORE_NAMES.crx}' version='${VERSION}'`);
});

test('building the source package gives the same files as the packages', async () => {
  test.slow();
  const directory = await mkdtemp(join(tmpdir(), 'sms-check-source-'));
  try {
    const sources = await readZip(await readFile(join(STORE_DIRECTORY, STORE_NAMES.source)));
    expect(sources.has('docs/building-from-source.md')).toBe(true);
    expect(sources.has('package-lock.json')).toBe(true);
    expect([...sources.keys()].filter((path) => /^(node_modules|dist[^/]*|release|test-results)\//.test(path))).toEqual(
      [],
    );
    for (const [path, content] of sources) {
      await mkdir(join(directory, path, '..'), { recursive: true });
      await writeFile(join(directory, path), content);
    }
    // `npm ci` would install the same locked packages; the repository's node_modules stands in for
    // them so the check does not need the network (a reviewer runs npm ci, as the guide says).
    await symlink(join(ROOT, 'node_modules'), join(directory, 'node_modules'), 'dir');
    const build = spawnSync(
      process.execPath,
      [join(directory, 'node_modules/tsx/dist/cli.mjs'), 'scripts/package.ts', '--build-only', '--out', 'release'],
      { cwd: directory, encoding: 'utf8' },
    );
    expect(build.status, `${build.stdout}${build.stderr}`).toBe(0);

    const rebuiltChrome = await directoryHashes(join(directory, 'release/build/chrome'));
    const rebuiltFirefox = await directoryHashes(join(directory, 'release/build/firefox'));
    const chromeZip = await readZip(await readFile(join(STORE_DIRECTORY, STORE_NAMES.chrome)));
    const xpi = zipHashes(await readZip(await readFile(join(STORE_DIRECTORY, STORE_NAMES.firefox))));
    // The store zip's manifest is the build's without its key; every other file is the build's own.
    const rebuiltManifest = JSON.parse(
      await readFile(join(directory, 'release/build/chrome/manifest.json'), 'utf8'),
    ) as Manifest;
    expect(JSON.parse(decode(chromeZip.get('manifest.json')))).toEqual(storeManifest(rebuiltManifest));
    rebuiltChrome.delete('manifest.json');
    const chromeHashes = zipHashes(chromeZip);
    chromeHashes.delete('manifest.json');
    expect(chromeHashes).toEqual(rebuiltChrome);
    expect(xpi).toEqual(rebuiltFirefox);
  } finally {
    await rm(directory, { recursive: true, force: true });
  }
});

test("the enterprise package lists the firm's portal hosts and carries the id of the key it was signed with", async () => {
  const expectedKey = manifestKeyOfPem(await readFile(TEST_SIGNING_KEY, 'utf8'));
  const chrome = await zipManifest(join(ENTERPRISE_DIRECTORY, ENTERPRISE_NAMES.chrome));
  expect(chrome.host_permissions).toEqual(['http://localhost/*']);
  expect(chrome.key).toBe(expectedKey);
  expect(chrome.optional_host_permissions).toEqual(['<all_urls>']);
  const firefox = await zipManifest(join(ENTERPRISE_DIRECTORY, ENTERPRISE_NAMES.firefox));
  expect(firefox.host_permissions).toEqual(['http://localhost/*']);

  const crx = await readFile(join(ENTERPRISE_DIRECTORY, ENTERPRISE_NAMES.crx));
  expect(crx.subarray(0, 4).toString('latin1')).toBe('Cr24');
  expect(crx.readUInt32LE(4)).toBe(3);
  expect(extensionIdFromKey(expectedKey)).not.toBe(EXTENSION_ID);

  const sums = await readFile(join(ENTERPRISE_DIRECTORY, 'SHA256SUMS'), 'utf8');
  expect(sums).toContain(`${sha256(crx)}  ${ENTERPRISE_NAMES.crx}\n`);
  expect(sums).not.toContain(STORE_NAMES.chrome);
});
