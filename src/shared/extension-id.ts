/**
 * The Chrome extension id, fixed by the public key in manifest.json's `key` field (so the id is the
 * same in every unpacked install, in e2e and in enterprise policy files). Chrome derives it as the
 * first 32 hex digits of SHA-256(public key DER), with 0-9a-f mapped to a-p;
 * extension-id.test.ts recomputes it from the manifest so the two cannot drift.
 */
export const EXTENSION_ID = 'fmenbkegmnclhbppmanopmpniaomlbge';

/** The Firefox add-on id; also the key admins use under 3rdparty.Extensions in Firefox's policies.json. */
export const GECKO_ID = 'sms-compliance-checker@smscheck.dev';
