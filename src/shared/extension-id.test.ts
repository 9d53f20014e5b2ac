import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXTENSION_ID } from './extension-id';

const manifest = JSON.parse(readFileSync(new URL('../../manifest.json', import.meta.url), 'utf8')) as {
  key?: string;
  version?: string;
};
const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** Chrome's derivation: SHA-256 of the DER public key, first 32 hex digits, 0-9a-f -> a-p. */
function extensionIdFromKey(base64Der: string): string {
  const hex = createHash('sha256').update(Buffer.from(base64Der, 'base64')).digest('hex').slice(0, 32);
  return Array.from(hex, (digit) => String.fromCharCode('a'.charCodeAt(0) + Number.parseInt(digit, 16))).join('');
}

describe('extension id', () => {
  it('matches the public key in manifest.json', () => {
    expect(manifest.key, 'manifest.json needs a "key" so the id is stable').toBeTypeOf('string');
    expect(extensionIdFromKey(manifest.key ?? '')).toBe(EXTENSION_ID);
  });

  it('is 32 letters a-p', () => {
    expect(EXTENSION_ID).toMatch(/^[a-p]{32}$/);
  });
});

describe('manifest.json', () => {
  it('carries the package version (the build also stamps it from package.json)', () => {
    expect(manifest.version).toBe(packageJson.version);
  });
});
