import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEditorPages } from './editors/build';
import { CHROMIUM_PATH, EXTENSION_DIRECTORY } from './paths';

/**
 * Fails fast, with the fix, when the extension has not been built or Chromium is missing; then
 * bundles the rich-editor fixture pages (Quill, Tiptap, Lexical, React) when their sources changed.
 */
export default async function globalSetup(): Promise<void> {
  const manifestPath = join(EXTENSION_DIRECTORY, 'manifest.json');
  if (!existsSync(manifestPath)) {
    throw new Error(`No built extension at ${EXTENSION_DIRECTORY}: run \`npm run build\` first.`);
  }
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { background?: { service_worker?: string } };
  if (!manifest.background?.service_worker) {
    throw new Error(`${manifestPath} is not a Chrome build (no background.service_worker): run \`npm run build\`.`);
  }
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install it (Debian/Ubuntu: apt-get install chromium) or set CHROMIUM_PATH.`,
    );
  }
  const started = performance.now();
  const built = await buildEditorPages();
  if (built.length > 0) {
    console.log(`Built editor fixture pages (${built.join(', ')}) in ${Math.round(performance.now() - started)} ms`);
  }
}
