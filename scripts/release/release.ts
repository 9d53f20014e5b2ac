/**
 * The decisions `npm run package` makes, kept free of file system and process calls so they are
 * unit-tested (test/release/release.test.ts): when a release is refused, the manifest of each
 * package, the update manifest and the checksum file. Its command line is in arguments.ts.
 */
import { createHash, createPublicKey } from 'node:crypto';

export const PACKAGE_NAME = 'sms-compliance-checker';

/**
 * Why this version must not be packaged as a release, or undefined. A version that already has a
 * tag was released: packaging it again would ship different files under the same number. A version
 * without a CHANGELOG.md section would ship without release notes.
 */
export function releaseRefusal({
  version,
  tags,
  changelog,
  snapshot,
}: {
  version: string;
  tags: readonly string[];
  changelog: string;
  snapshot: boolean;
}): string | undefined {
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    return `package.json's version "${version}" is not of the form 1.2.3, which both browsers require.`;
  }
  const tagged = tags.find((tag) => tag === version || tag === `v${version}`);
  if (tagged && !snapshot) {
    return `version ${version} is already tagged (${tagged}): raise the version in package.json and add its CHANGELOG.md section.`;
  }
  if (!changelogHasSection(changelog, version)) {
    return `CHANGELOG.md has no "## ${version}" section: write the release notes first.`;
  }
  return undefined;
}

/** A heading "## 0.2.0", "## v0.2.0" or "## 0.2.0 (2026-12-07)" names the version. */
export function changelogHasSection(changelog: string, version: string): boolean {
  const escaped = version.replace(/\./g, '\\.');
  return new RegExp(`^##\\s+v?${escaped}(?![\\d.])`, 'm').test(changelog);
}

/** Chrome's id derivation: SHA-256 of the DER public key, first 32 hex digits, 0-9a-f -> a-p. */
export function extensionIdFromKey(base64Der: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

/** The manifest `key` (base64 DER of the public key) that goes with a PEM private key. */
export function manifestKeyOfPem(pem: string): string {
  return createPublicKey(pem).export({ type: 'spki', format: 'der' }).toString('base64');
}

type Manifest = Record<string, unknown>;

/** The Chrome Web Store and Edge Add-ons refuse a manifest with a `key`: the store assigns the id. */
export function storeManifest(manifest: Manifest): Manifest {
  const { key: _key, ...rest } = manifest;
  return rest;
}

/**
 * A firm's enterprise manifest: its portal hosts in host_permissions (granted without a prompt when
 * the extension is force-installed) and a `key` for a fixed id (the project's, or the one of the
 * firm's own signing key).
 */
export function enterpriseManifest(manifest: Manifest, portalHosts: readonly string[], key?: string): Manifest {
  const current = Array.isArray(manifest.host_permissions) ? (manifest.host_permissions as string[]) : [];
  const result: Manifest = { ...manifest, host_permissions: [...new Set([...current, ...portalHosts])] };
  if (key !== undefined && 'key' in manifest) result.key = key;
  return result;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** Chrome's and Edge's update manifest (gupdate) for a self-hosted .crx. */
export function updateManifest({ appId, version, crxUrl }: { appId: string; version: string; crxUrl: string }): string {
  return [
    "<?xml version='1.0' encoding='UTF-8'?>",
    "<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>",
    `  <app appid='${escapeXml(appId)}'>`,
    `    <updatecheck codebase='${escapeXml(crxUrl)}' version='${escapeXml(version)}' />`,
    '  </app>',
    '</gupdate>',
    '',
  ].join('\n');
}

/** `sha256sum -c` format: "<hex>  <name>" per line, sorted by name. */
export function sha256Sums(files: readonly { name: string; content: Uint8Array }[]): string {
  return [...files]
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map(({ name, content }) => `${createHash('sha256').update(content).digest('hex')}  ${name}\n`)
    .join('');
}

/** The artefact names of one run. */
export function artefactNames(version: string, enterprise: boolean) {
  const base = `${PACKAGE_NAME}-${version}${enterprise ? '-enterprise' : ''}`;
  return {
    chrome: `${base}-chrome.zip`,
    firefox: `${base}-firefox.xpi`,
    crx: `${base}-chrome.crx`,
    source: `${PACKAGE_NAME}-${version}-source.zip`,
    sums: 'SHA256SUMS',
    updates: 'updates.xml',
  };
}
