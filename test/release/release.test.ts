import { generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePackageArguments, portalSitesOfFirmFile, UsageError } from '../../scripts/release/arguments';
import {
  artefactNames,
  changelogHasSection,
  enterpriseManifest,
  extensionIdFromKey,
  manifestKeyOfPem,
  releaseRefusal,
  sha256Sums,
  storeManifest,
  updateManifest,
} from '../../scripts/release/release';
import { fixedZipDate, readZip, zipEntries } from '../../scripts/release/zip';
import { EXTENSION_ID } from '../../src/shared/extension-id';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as Record<
  string,
  unknown
>;

describe('npm run package arguments', () => {
  it('turns each --portal-host into a match pattern, as the options page does', () => {
    const options = parsePackageArguments([
      '--portal-host',
      'app.example-portal.com',
      '--portal-host=https://*.clio.com/*',
      '--portal-host',
      'http://localhost',
    ]);
    expect(options.portalHosts).toEqual([
      'https://app.example-portal.com/*',
      'https://*.clio.com/*',
      'http://localhost/*',
    ]);
    expect(options).toMatchObject({ outDir: 'release', snapshot: false, buildOnly: false });
  });

  it.each([
    [['--portal-host', '<all_urls>'], /every site/],
    [['--portal-host', 'ftp://files.example.com'], /https:\/\//],
    [['--portal-host'], /needs a value/],
    [['--update-base-url', 'not a url'], /not a URL/],
    [['--update-base-url', 'file:///srv/ext'], /https:\/\//],
    [['--zip'], /Unknown option "--zip"/],
  ])('refuses %j with a sentence', (argv, message) => {
    expect(() => parsePackageArguments(argv)).toThrow(UsageError);
    expect(() => parsePackageArguments(argv)).toThrow(message);
  });

  it('takes --out, --snapshot, --build-only, --from-build and --crx-key', () => {
    expect(
      parsePackageArguments(['--out', 'x', '--snapshot', '--from-build=release/build', '--crx-key', 'firm.pem']),
    ).toMatchObject({ outDir: 'x', snapshot: true, fromBuild: 'release/build', crxKey: 'firm.pem', buildOnly: false });
    expect(parsePackageArguments(['--build-only']).buildOnly).toBe(true);
  });

  it('keeps the update base URL without a trailing slash', () => {
    expect(parsePackageArguments(['--update-base-url', 'https://it.example.com/ext/']).updateBaseUrl).toBe(
      'https://it.example.com/ext',
    );
  });
});

describe('firm.json portalSites', () => {
  it('reads and normalizes them', () => {
    expect(
      portalSitesOfFirmFile('{"firmName":"HD","portalSites":["portal.hd.com","https://*.clio.com/*"]}', 'f'),
    ).toEqual(['https://portal.hd.com/*', 'https://*.clio.com/*']);
  });

  it.each([
    ['{', /not valid JSON/],
    ['{"firmName":"HD"}', /"portalSites" must be a non-empty list/],
    ['{"portalSites":[]}', /non-empty/],
    ['{"portalSites":["*://*/*"]}', /every site/],
  ])('names the file and the problem in %s', (content, message) => {
    expect(() => portalSitesOfFirmFile(content, 'firm.json')).toThrow(message);
    expect(() => portalSitesOfFirmFile(content, 'firm.json')).toThrow(/^firm\.json: /);
  });
});

describe('release refusal', () => {
  const changelog = '# Changelog\n\n## Unreleased\n\n- x\n\n## 0.2.0 (2026-12-07)\n\n- y\n\n## 0.1.0 (first version)\n';

  it('packages a version with a CHANGELOG section and no tag', () => {
    expect(releaseRefusal({ version: '0.2.0', tags: ['v0.1.0'], changelog, snapshot: false })).toBeUndefined();
  });

  it('refuses a tagged version (v-prefixed or not), unless it is a test snapshot', () => {
    for (const tag of ['v0.2.0', '0.2.0']) {
      expect(releaseRefusal({ version: '0.2.0', tags: [tag], changelog, snapshot: false })).toMatch(/already tagged/);
    }
    expect(releaseRefusal({ version: '0.2.0', tags: ['v0.2.0'], changelog, snapshot: true })).toBeUndefined();
  });

  it('refuses a version without its own section, even in a snapshot', () => {
    expect(releaseRefusal({ version: '0.3.0', tags: [], changelog, snapshot: true })).toMatch(/no "## 0.3.0" section/);
  });

  it('does not take 0.2.0 for 0.2.01 or 0.2.0.1, nor an Unreleased section for any version', () => {
    expect(changelogHasSection('## 0.2.01\n', '0.2.0')).toBe(false);
    expect(changelogHasSection('## 0.2.0.1\n', '0.2.0')).toBe(false);
    expect(changelogHasSection('### 0.2.0\n', '0.2.0')).toBe(false);
    expect(changelogHasSection('## Unreleased\n', '0.2.0')).toBe(false);
    expect(changelogHasSection('## v0.2.0\n', '0.2.0')).toBe(true);
    expect(changelogHasSection('## 0.2.0 (unreleased)\n', '0.2.0')).toBe(true);
  });

  it('refuses a version browsers do not take', () => {
    expect(releaseRefusal({ version: '1.0.0-beta', tags: [], changelog: '## 1.0.0-beta', snapshot: false })).toMatch(
      /not of the form/,
    );
  });
});

describe('manifests', () => {
  it('the store manifest has no key; everything else stays', () => {
    const store = storeManifest(manifest);
    expect(store).not.toHaveProperty('key');
    expect({ ...store, key: manifest.key }).toEqual(manifest);
  });

  it('the enterprise manifest lists the portal hosts once and keeps the fixed id', () => {
    const enterprise = enterpriseManifest({ ...manifest, host_permissions: ['https://a.example.com/*'] }, [
      'https://a.example.com/*',
      'https://portal.example.com/*',
    ]);
    expect(enterprise.host_permissions).toEqual(['https://a.example.com/*', 'https://portal.example.com/*']);
    expect(extensionIdFromKey(String(enterprise.key))).toBe(EXTENSION_ID);
    expect(enterprise.optional_host_permissions).toEqual(manifest.optional_host_permissions);
  });

  it("a firm's own signing key gives its own id, the one Chrome derives from the key", () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const pem = privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const key = manifestKeyOfPem(pem);
    const enterprise = enterpriseManifest(manifest, ['https://portal.example.com/*'], key);
    expect(enterprise.key).toBe(key);
    expect(extensionIdFromKey(key)).toMatch(/^[a-p]{32}$/);
    expect(extensionIdFromKey(key)).not.toBe(EXTENSION_ID);
  });
});

describe('release files', () => {
  it('updates.xml names the id, version and .crx address, escaped', () => {
    const xml = updateManifest({ appId: EXTENSION_ID, version: '0.2.0', crxUrl: "https://it.example.com/a'b.crx" });
    expect(xml).toContain(`<app appid='${EXTENSION_ID}'>`);
    expect(xml).toContain("<updatecheck codebase='https://it.example.com/a&#39;b.crx' version='0.2.0' />");
    expect(xml).toMatch(
      /^<\?xml version='1.0' encoding='UTF-8'\?>\n<gupdate xmlns='http:\/\/www.google.com\/update2\/response' protocol='2.0'>/,
    );
  });

  it('SHA256SUMS is in sha256sum -c format, sorted by name', () => {
    const sums = sha256Sums([
      { name: 'b.zip', content: new TextEncoder().encode('b') },
      { name: 'a.zip', content: new TextEncoder().encode('') },
    ]);
    expect(sums).toBe(
      'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855  a.zip\n' +
        '3e23e8160039594a33894f6564e1b1348bbd7a0088d42c4acb73eeaed59c009d  b.zip\n',
    );
  });

  it('names the artefacts by version, enterprise ones apart', () => {
    expect(artefactNames('0.2.0', false)).toMatchObject({
      chrome: 'sms-compliance-checker-0.2.0-chrome.zip',
      firefox: 'sms-compliance-checker-0.2.0-firefox.xpi',
      source: 'sms-compliance-checker-0.2.0-source.zip',
    });
    expect(artefactNames('0.2.0', true).chrome).toBe('sms-compliance-checker-0.2.0-enterprise-chrome.zip');
  });
});

describe('reproducible zips', () => {
  it('the same files in any order give the same bytes, with one fixed time', async () => {
    const files = [
      { path: 'manifest.json', content: '{}' },
      { path: 'assets/a.js', content: new Uint8Array([1, 2, 3]) },
    ];
    const first = await zipEntries(files);
    const second = await zipEntries([...files].reverse());
    expect(Buffer.from(first).equals(Buffer.from(second))).toBe(true);
    const read = await readZip(first);
    expect([...read.keys()]).toEqual(['assets/a.js', 'manifest.json']);
    expect(new TextDecoder().decode(read.get('manifest.json'))).toBe('{}');
  });

  it('takes SOURCE_DATE_EPOCH, and 1980-01-01 without it', () => {
    expect(fixedZipDate({}).toISOString()).toBe('1980-01-01T00:00:00.000Z');
    expect(fixedZipDate({ SOURCE_DATE_EPOCH: '1765065600' }).toISOString()).toBe('2025-12-07T00:00:00.000Z');
  });

  it('refuses a path that would leave the zip root', async () => {
    await expect(zipEntries([{ path: '../evil', content: '' }])).rejects.toThrow(/unsafe zip path/);
  });
});
