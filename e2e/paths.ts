import { fileURLToPath } from 'node:url';

/** The Chromium the e2e tests, benchmarks and screenshots drive (Debian's package by default). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The built Chrome extension the e2e tests load (absolute, as Chromium's flags require). */
export const EXTENSION_DIRECTORY = fileURLToPath(new URL('../dist/', import.meta.url)).replace(/[\\/]$/, '');
