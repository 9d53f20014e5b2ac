/**
 * Where Chromium on Linux reads managed (enterprise) policy files, and whether this run may write
 * there. Shared by the policy specs (e2e/enterprise-policy.ts) and the release-package specs.
 */
import { constants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';

export const POLICY_DIRECTORY = '/etc/chromium/policies/managed';

/** Why policy cannot be tested here (the directory is root's), or undefined when it can. */
export async function policyDirectoryWritable(): Promise<string | undefined> {
  try {
    await mkdir(POLICY_DIRECTORY, { recursive: true });
    await access(POLICY_DIRECTORY, constants.W_OK);
    return undefined;
  } catch (error) {
    return `${POLICY_DIRECTORY} is not writable (${(error as Error).message}); run the tests as root to test enterprise policy.`;
  }
}
