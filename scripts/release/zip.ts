/**
 * Reproducible zip files: the same files give the same bytes on any machine and day. Entries are
 * sorted by path, carry one fixed time and no directory entries, and are deflated at one level.
 * (web-ext build zips in the order the file system answers and stamps the current time, so its
 * .xpi changes on every run; the .xpi here has the same content, checked by `web-ext lint`.)
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import JSZip from 'jszip';

/** 1980-01-01, the first time a zip can hold; SOURCE_DATE_EPOCH (seconds) overrides it. */
export function fixedZipDate(environment: NodeJS.ProcessEnv = process.env): Date {
  const epoch = Number(environment.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch >= 315_532_800 ? new Date(epoch * 1000) : new Date(Date.UTC(1980, 0, 1));
}

export interface ZipEntry {
  /** Forward slashes, relative to the zip's root. */
  path: string;
  content: Uint8Array | string;
}

export async function zipEntries(entries: readonly ZipEntry[], date = fixedZipDate()): Promise<Uint8Array> {
  const zip = new JSZip();
  const sorted = [...entries].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path, content } of sorted) {
    if (path.startsWith('/') || path.split('/').includes('..')) throw new Error(`unsafe zip path: ${path}`);
    zip.file(path, content, { date, createFolders: false, binary: typeof content !== 'string' });
  }
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}

/** Every file under `directory`, with its path relative to it. */
export async function filesUnder(directory: string): Promise<string[]> {
  const found = await readdir(directory, { recursive: true, withFileTypes: true });
  return found
    .filter((entry) => entry.isFile())
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** A directory as zip entries, optionally with some files' contents replaced (the manifest). */
export async function directoryEntries(
  directory: string,
  replacements: Readonly<Record<string, string>> = {},
): Promise<ZipEntry[]> {
  const paths = await filesUnder(directory);
  return Promise.all(
    paths.map(async (path) => ({ path, content: replacements[path] ?? (await readFile(join(directory, path))) })),
  );
}

/** The files of a zip, by path (for the tests and the source package check). */
export async function readZip(content: Uint8Array): Promise<Map<string, Uint8Array>> {
  const zip = await JSZip.loadAsync(content);
  const files = new Map<string, Uint8Array>();
  for (const entry of Object.values(zip.files)) {
    if (!entry.dir) files.set(entry.name, await entry.async('uint8array'));
  }
  return files;
}
