// Types for scripts/expected-skips.mjs (plain JavaScript, read by scripts/test-all.mjs).

/** Tests CI may skip, each named as `npm test`'s summary names it, with the reason. */
export const EXPECTED_SKIPS: readonly { test: string; reason: string }[];
