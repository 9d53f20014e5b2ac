/**
 * The command line of `npm run package` and the firm's portal hosts it takes, checked by the options
 * page's own rules for portal sites (unit-tested in test/release/release.test.ts).
 */
import { checkSettings, normalizeSitePattern } from '../../src/shared/settings-schema';

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
  /**
   * Package the builds in this directory (its chrome/ and firefox/, as <out>/build of an earlier
   * run of the same sources) instead of building again: one build, a package per firm.
   */
  fromBuild?: string;
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
  --build-only           only build <out>/build/chrome and <out>/build/firefox (source package check)
  --from-build DIR       package DIR/chrome and DIR/firefox (the build/ of an earlier run of the
                         same commit) instead of building again`;

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
      case '--from-build':
        options.fromBuild = take();
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

/**
 * The portal sites of a firm settings file (as the options page exports it). The whole file is
 * checked as the options page would import it, so a package is never built for a file that the
 * extension itself would refuse.
 */
export function portalSitesOfFirmFile(content: string, displayName: string): string[] {
  let value: unknown;
  try {
    value = JSON.parse(content.charCodeAt(0) === 0xfeff ? content.slice(1) : content);
  } catch (error) {
    throw new UsageError(`${displayName}: not valid JSON (${(error as Error).message}).`);
  }
  const { settings, problems } = checkSettings(value, { reportUnknownKeys: true });
  if (problems.length > 0) {
    const listed = problems.map((problem) => `  ${problem.key ? `"${problem.key}": ` : ''}${problem.message}`);
    throw new UsageError(`${displayName}: not a valid firm settings file:\n${listed.join('\n')}`);
  }
  if (settings.portalSites.length === 0) {
    throw new UsageError(`${displayName}: "portalSites" must be a non-empty list of site addresses.`);
  }
  return [...settings.portalSites];
}
