import { fileURLToPath } from 'node:url';

/** The Chromium the e2e tests, benchmarks and screenshots drive (Debian's package by default). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * The Chrome test build the e2e tests load (absolute, as Chromium's flags require): the shipped
 * extension plus the demo portal's content scripts and the test server's hosts (manifest.test.json).
 * E2E_EXTENSION_DIRECTORY points the specs at another build (an older one, to see a test fail).
 */
export const EXTENSION_DIRECTORY =
  process.env.E2E_EXTENSION_DIRECTORY ?? fileURLToPath(new URL('../dist-test/', import.meta.url)).replace(/[\\/]$/, '');

/**
 * The shipped Chrome build (dist/), for the tests that check what ships. E2E_SHIPPED_EXTENSION_DIRECTORY
 * points them at another (one built with `vite build --outDir`, beside its test build).
 */
export const SHIPPED_EXTENSION_DIRECTORY =
  process.env.E2E_SHIPPED_EXTENSION_DIRECTORY ??
  fileURLToPath(new URL('../dist/', import.meta.url)).replace(/[\\/]$/, '');
