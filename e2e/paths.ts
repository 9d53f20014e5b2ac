import { fileURLToPath } from 'node:url';

/** The built Chrome extension the e2e tests load (absolute, as Chromium's flags require). */
export const EXTENSION_DIRECTORY = fileURLToPath(new URL('../dist/', import.meta.url)).replace(/[\\/]$/, '');
