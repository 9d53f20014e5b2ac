/**
 * The decisions `npm run package` makes, kept free of file system and process calls so they are
 * unit-tested (test/release/release.test.ts): its command line, when a release is refused, the
 * firm's portal hosts, the manifest of each package, the update manifest and the checksum file.
 */
import { createHash, createPublicKey } from 'node:crypto';
import { normalizeSitePattern } from '../../src/shared/settings-schema';

export const PACKAGE_NAME = 'sms-compliance-checker';

export interface PackageOptions {
  /** Match patterns of the firm's portal sites; any makes an enterprise package. */
  portalHosts: string[];
  /** Where the update manifest says the .crx is served from (no trailing slash). */
  updateBaseUrl?: string;
  /** A PEM private key to sign a .crx with (self-hosting); its public key decides the id. */
  crxKey?: string;
  /** The output directory (default release/). */
  outDir: string;
  /**
   * A build of the working tree for the tests, not a release: a git tag for the version does not
   * stop it (CHANGELOG.md still needs the version's section).
   */
  snapshot: boolean;
  /** Only the builds (<out>/build/chrome, <out>/build/firefox): what building the source package does. */
  buildOnly: boolean;
  /** firm.json files whose `portalSites` are added to `portalHosts`. */
  firmFiles: string[];
}

export const USAGE = `npm run package -- [options]

  --portal-host HOST     a firm's portal site (repeatable): "app.example-portal.com",
                         "https://portal.example.com" or a match pattern "https://*.example.com/*".
                         Makes the firm's enterprise package: the hosts go into host_permissions,
                         so a force-installed extension can read them without asking.
  --firm FILE            a firm settings file (as the options page exports it); its portalSites
                         are added as with --portal-host
  --update-base-url URL  also write updates.xml, pointing at URL/<name>.crx (self-hosting)
  --crx-key FILE.pem     also write a signed .crx (needs Chromium); the key decides the Chrome id
  --out DIR              output directory (default: release)
  --snapshot             build even if the version is already tagged (tests; not for release)
  --build-only           only build <out>/build/chrome and <out>/build/firefox (source package check)`;

export class UsageError extends Error {}

/** Parses `npm run package -- ...`; throws UsageError with a sentence for the user. */
export function parsePackageArguments(argv: readonly string[]): PackageOptions {
  const options: PackageOptions = {
    portalHosts: [],
    outDir: 'release',
    snapshot: false,
    buildOnly: false,
    firmFiles: [],
  };
  const nextValue = (index: number, name: string): string => {
    const value = argv[index + 1];
    if (value === undefined || value.startsWith('--')) throw new UsageError(`${name} needs a value.`);
    return value;
  };
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    const [name, inlineValue] =
      argument.startsWith('--') && argument.includes('=') ? argument.split(/=(.*)/s) : [argument];
    const take = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const value = nextValue(index, name ?? argument);
      index++;
      return value;
    };
    switch (name) {
      case '--portal-host':
        options.portalHosts.push(portalHostPattern(take()));
        break;
      case '--firm':
        options.firmFiles.push(take());
        break;
      case '--update-base-url':
        options.updateBaseUrl = updateBaseUrl(take());
        break;
      case '--crx-key':
        options.crxKey = take();
        break;
      case '--out':
        options.outDir = take();
        break;
      case '--snapshot':
        options.snapshot = true;
        break;
      case '--build-only':
        options.buildOnly = true;
        break;
      case '--help':
      case '-h':
        throw new UsageError(USAGE);
      default:
        throw new UsageError(`Unknown option "${argument}".\n\n${USAGE}`);
    }
  }
  return options;
}

/** "app.example-portal.com" -> "https://app.example-portal.com/*"; the options page's own rules. */
export function portalHostPattern(input: string): string {
  const { pattern, error } = normalizeSitePattern(input);
  if (!pattern) throw new UsageError(`--portal-host: ${error ?? `"${input}" is not a site.`}`);
  return pattern;
}

function updateBaseUrl(input: string): string {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new UsageError(`--update-base-url: "${input}" is not a URL.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`--update-base-url: "${input}" must be an https:// address.`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The portal sites of a firm settings file, each checked like --portal-host. */
export function portalSitesOfFirmFile(content: string, displayName: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    throw new UsageError(`${displayName}: not valid JSON (${(error as Error).message}).`);
  }
  const sites = (value as { portalSites?: unknown } | null)?.portalSites;
  if (!Array.isArray(sites) || sites.length === 0 || !sites.every((site) => typeof site === 'string')) {
    throw new UsageError(`${displayName}: "portalSites" must be a non-empty list of site addresses.`);
  }
  return sites.map((site) => {
    const { pattern, error } = normalizeSitePattern(site);
    if (!pattern) throw new UsageError(`${displayName}: "portalSites": ${error}`);
    return pattern;
  });
}

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
