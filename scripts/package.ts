/**
 * `npm run package`: the release packages, from package.json's version (vite.config.ts stamps it
 * into both manifests).
 *
 *   release/sms-compliance-checker-<version>-chrome.zip    Chrome Web Store and Edge Add-ons (no `key`)
 *   release/sms-compliance-checker-<version>-firefox.xpi   addons.mozilla.org
 *   release/sms-compliance-checker-<version>-source.zip    the sources and build steps AMO asks for
 *   release/SHA256SUMS
 *   release/updates.xml (+ .crx)                           with --update-base-url (and --crx-key)
 *
 * With --portal-host or --firm it makes a firm's enterprise package instead (…-enterprise-chrome.zip
 * and …-enterprise-firefox.xpi): the firm's portal hosts in host_permissions, the fixed id's `key`
 * kept. It refuses a version that is already tagged or has no CHANGELOG.md section. The builds it
 * zipped stay in release/build/ (chrome, firefox). Building the source package
 * (docs/building-from-source.md) gives the same files; e2e-package/ checks that.
 */
import { spawn, spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type PackageOptions, parsePackageArguments, portalSitesOfFirmFile, UsageError } from './release/arguments';
import {
  artefactNames,
  enterpriseManifest,
  extensionIdFromKey,
  manifestKeyOfPem,
  releaseRefusal,
  sha256Sums,
  storeManifest,
  updateManifest,
} from './release/release';
import { directoryEntries, type ZipEntry, zipEntries } from './release/zip';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

class PackageError extends Error {}

function run(command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  const result = spawnSync(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw new PackageError(`could not run ${command}: ${result.error.message}`);
  if (result.status !== 0) {
    throw new PackageError(`${command} ${args.join(' ')} failed:\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** Tags of the git repository, or undefined outside one (a source package being built). */
function gitTags(): string[] | undefined {
  const result = spawnSync('git', ['tag', '--list'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0 || result.error) return undefined;
  return result.stdout.split('\n').filter(Boolean);
}

/**
 * The sources: the files git tracks, as they are in the working tree (deleted ones left out), and
 * for a snapshot also the new files git does not ignore.
 */
function sourceFiles(snapshot: boolean): string[] {
  return run('git', ['ls-files', '-z', '--cached', ...(snapshot ? ['--others'] : []), '--exclude-standard'])
    .split('\0')
    .filter(Boolean)
    .sort();
}

/** One production build; the two run side by side (each is mostly one core's work). */
function build(target: 'chrome' | 'firefox', outDir: string): Promise<void> {
  const args = [join(root, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir'];
  return new Promise((resolveBuild, rejectBuild) => {
    const child = spawn(process.execPath, [...args, '--logLevel', 'warn'], {
      cwd: root,
      env: { ...process.env, TARGET: target, NODE_ENV: 'production' },
    });
    let output = '';
    child.stdout.on('data', (chunk) => {
      output += chunk;
    });
    child.stderr.on('data', (chunk) => {
      output += chunk;
    });
    child.on('error', (error) => rejectBuild(new PackageError(`could not run vite: ${error.message}`)));
    child.on('close', (code) => {
      if (code === 0) resolveBuild();
      else rejectBuild(new PackageError(`the ${target} build failed:\n${output}`));
    });
  });
}

/** A file the user named on the command line; a missing one is a usage error, not a crash. */
async function readUserFile(path: string, option: string): Promise<string> {
  try {
    return await readFile(resolve(path), 'utf8');
  } catch (error) {
    throw new UsageError(
      `${option} ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
    );
  }
}

async function readManifest(directory: string): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(join(directory, 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** Packs a signed CRX3 with Chromium's own packer (the key never leaves this machine). */
async function packCrx(directory: string, manifest: Record<string, unknown>, keyFile: string): Promise<Uint8Array> {
  const work = await mkdtemp(join(tmpdir(), 'sms-check-crx-'));
  try {
    const extension = join(work, 'extension');
    await cp(directory, extension, { recursive: true });
    await writeFile(join(extension, 'manifest.json'), json(manifest));
    run(CHROMIUM_PATH, [
      '--headless=new',
      '--no-sandbox',
      `--user-data-dir=${join(work, 'profile')}`,
      `--pack-extension=${extension}`,
      `--pack-extension-key=${resolve(keyFile)}`,
    ]);
    return await readFile(`${extension}.crx`);
  } catch (error) {
    throw new PackageError(`could not pack the .crx with ${CHROMIUM_PATH}: ${(error as Error).message}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

async function main(options: PackageOptions): Promise<void> {
  const packageJson = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { version: string };
  const { version } = packageJson;
  const outDir = resolve(root, options.outDir);
  const buildDir = join(outDir, 'build');

  if (!options.buildOnly) {
    const tags = gitTags();
    if (tags === undefined) throw new PackageError('not a git repository: only --build-only works here.');
    const changelog = await readFile(join(root, 'CHANGELOG.md'), 'utf8');
    const refusal = releaseRefusal({ version, tags, changelog, snapshot: options.snapshot });
    if (refusal) throw new PackageError(`refusing to package: ${refusal}`);
    // A release is made of one commit, so that its source package is exactly that commit's sources.
    const changes = run('git', ['status', '--porcelain', '--untracked-files=normal']).trim();
    if (changes && !options.snapshot) {
      throw new PackageError(`refusing to package: the working tree has changes; commit them first:\n${changes}`);
    }
  }

  const portalHosts = [...options.portalHosts];
  for (const file of options.firmFiles) {
    portalHosts.push(...portalSitesOfFirmFile(await readUserFile(file, '--firm'), file));
  }
  const enterprise = portalHosts.length > 0;
  // The key before the builds: a wrong file is said at once.
  const pemKey = options.crxKey ? await readUserFile(options.crxKey, '--crx-key') : undefined;
  let signingKey: string | undefined;
  try {
    signingKey = pemKey ? manifestKeyOfPem(pemKey) : undefined;
  } catch (error) {
    throw new UsageError(`--crx-key ${options.crxKey}: not a PEM private key (${(error as Error).message}).`);
  }

  const sourceBuildDir = options.fromBuild && !options.buildOnly ? resolve(options.fromBuild) : buildDir;
  const chromeDir = join(sourceBuildDir, 'chrome');
  const firefoxDir = join(sourceBuildDir, 'firefox');
  if (sourceBuildDir === buildDir) {
    await rm(buildDir, { recursive: true, force: true });
    await mkdir(buildDir, { recursive: true });
    await Promise.all([build('chrome', chromeDir), build('firefox', firefoxDir)]);
  }
  if (options.buildOnly) {
    console.log(`built ${chromeDir} and ${firefoxDir} (version ${version})`);
    return;
  }

  const names = artefactNames(version, enterprise);
  const chromeManifest = await readManifest(chromeDir);
  const firefoxManifest = await readManifest(firefoxDir);
  for (const [browser, manifest] of [
    ['chrome', chromeManifest],
    ['firefox', firefoxManifest],
  ] as const) {
    if (manifest.version !== version) {
      throw new PackageError(`the ${browser} manifest says ${String(manifest.version)}, package.json ${version}.`);
    }
  }
  const fixedKey = typeof chromeManifest.key === 'string' ? chromeManifest.key : undefined;
  if (!fixedKey) throw new PackageError('manifest.json has no `key`: the enterprise and self-hosted ids need it.');
  // The manifest a self-hosted or enterprise install reads: the fixed id, or the firm's own key's.
  const keyedManifest = enterprise
    ? enterpriseManifest(chromeManifest, portalHosts, signingKey)
    : { ...chromeManifest, key: signingKey ?? fixedKey };
  const chromeZipManifest = enterprise ? keyedManifest : storeManifest(chromeManifest);
  const firefoxZipManifest = enterprise ? enterpriseManifest(firefoxManifest, portalHosts) : firefoxManifest;

  const artefacts: { name: string; content: Uint8Array }[] = [];
  artefacts.push({
    name: names.chrome,
    content: await zipEntries(await directoryEntries(chromeDir, { 'manifest.json': json(chromeZipManifest) })),
  });
  artefacts.push({
    name: names.firefox,
    content: await zipEntries(await directoryEntries(firefoxDir, { 'manifest.json': json(firefoxZipManifest) })),
  });
  const sources: ZipEntry[] = [];
  for (const path of sourceFiles(options.snapshot)) {
    // A file git still lists but the working tree deleted is not a source any more.
    const content = await readFile(join(root, path)).catch(() => undefined);
    if (content !== undefined) sources.push({ path, content });
  }
  artefacts.push({ name: names.source, content: await zipEntries(sources) });

  if (pemKey) {
    artefacts.push({ name: names.crx, content: await packCrx(chromeDir, keyedManifest, options.crxKey ?? '') });
  }
  if (options.updateBaseUrl) {
    const appId = extensionIdFromKey(String(keyedManifest.key));
    const updates = updateManifest({ appId, version, crxUrl: `${options.updateBaseUrl}/${names.crx}` });
    artefacts.push({ name: names.updates, content: new TextEncoder().encode(updates) });
    if (!pemKey) {
      console.warn(
        `updates.xml names ${appId} (the fixed id): serve ${names.crx} signed with that id's key beside it (--crx-key).`,
      );
    }
  }
  artefacts.push({ name: names.sums, content: new TextEncoder().encode(sha256Sums(artefacts)) });

  await mkdir(outDir, { recursive: true });
  for (const { name, content } of artefacts) await writeFile(join(outDir, name), content);
  const chromeId = extensionIdFromKey(String(keyedManifest.key));
  console.log(`version ${version}${enterprise ? `, enterprise package for ${portalHosts.join(', ')}` : ''}:`);
  for (const { name, content } of artefacts) {
    console.log(`  ${join(options.outDir, name)}  (${Math.round(content.length / 1024)} KB)`);
  }
  console.log(
    enterprise || pemKey
      ? `Chrome/Edge id of this package: ${chromeId}`
      : `The store zip has no key: the store assigns its id. Unpacked and self-hosted builds: ${chromeId}.`,
  );
}

try {
  await main(parsePackageArguments(process.argv.slice(2)));
} catch (error) {
  if (error instanceof UsageError || error instanceof PackageError) {
    console.error(`npm run package: ${error.message}`);
    process.exitCode = error instanceof UsageError ? 2 : 1;
  } else {
    throw error;
  }
}
