/**
 * Short messages are linted inside the page (the content script's isolated world) once a field has
 * been focused; long texts, and pages where the in-page linter cannot load, go to the background.
 * The badge's data-linter says which linter made what it shows.
 */
import { cp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKGROUND_LINTED_TEXT, badge, EXPECTED, SAMPLE, underline, untilLintedInPage } from './content-support';
import { expect, launchWithExtension, test } from './fixtures';
import { PortalPage } from './page-objects';
import { EXTENSION_DIRECTORY } from './paths';

/** Opens the portal and types in its composer until the in-page linter has taken over. */
async function openUntilLintedInPage(portal: PortalPage): Promise<void> {
  await portal.goto();
  await portal.composer.click();
  await untilLintedInPage(portal.page, portal.composer);
}

test('a focused field is linted in the page, with the same findings, and the page cannot reach the linter', async ({
  portal,
}) => {
  const { page } = portal;
  await openUntilLintedInPage(portal);
  await portal.composer.fill('');
  await portal.composer.pressSequentially(SAMPLE);
  await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
  await expect(badge(page)).toHaveAttribute('data-verdict', EXPECTED.verdict);
  await expect(badge(page)).toHaveAttribute('data-linter', 'page');
  for (const ruleId of ['public-url-shortener', 'emoji', 'all-caps']) {
    await expect(underline(page, ruleId)).toHaveCount(1);
  }
  // The linter lives on the isolated world's global: the page's own scripts see nothing of it.
  const visibleToPage = await page.evaluate(() => {
    const scope = window as unknown as Record<symbol, { lint?: unknown } | undefined>;
    return (
      Symbol.for('sms-compliance-checker.in-page-linter') in window ||
      Object.getOwnPropertySymbols(window).some((key) => typeof scope[key]?.lint === 'function')
    );
  });
  expect(visibleToPage).toBe(false);
});

test('a text over 5,000 characters goes to the background linter, and a short one comes back to the page', async ({
  portal,
}) => {
  const { page } = portal;
  await openUntilLintedInPage(portal);
  expect(BACKGROUND_LINTED_TEXT.length).toBeGreaterThan(5_000);
  await portal.composer.fill(BACKGROUND_LINTED_TEXT);
  // fill() leaves the caret, and the view, at the end: the findings are at the top.
  await portal.composer.evaluate((field) => field.scrollTo(0, 0));
  await expect(badge(page)).toHaveAttribute('data-linter', 'background');
  await expect(underline(page, 'public-url-shortener')).toHaveCount(1);
  await portal.composer.fill('');
  await portal.composer.pressSequentially('Hi 😀');
  await expect(badge(page)).toHaveAttribute('data-linter', 'page');
  await expect(underline(page, 'emoji')).toHaveCount(1);
});

test('a page whose Content-Security-Policy allows only its own scripts still gets the in-page linter', async ({
  portal,
}) => {
  const { page } = portal;
  await page.route('**/portal.html', async (route) => {
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: {
        ...response.headers(),
        'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'",
      },
    });
  });
  const blocked: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text()) && /chrome-extension:/.test(message.text())) {
      blocked.push(message.text());
    }
  });
  await openUntilLintedInPage(portal);
  await portal.composer.pressSequentially('see bit.ly/x');
  await expect(underline(page, 'public-url-shortener')).toHaveCount(1);
  expect(blocked).toEqual([]);
});

test('with a part of the in-page linter missing, the checker keeps linting in the background', async ({ server }) => {
  // A copy of the build without one of the middle parts: the loader stops there.
  const directory = join(tmpdir(), `sms-check-e2e-missing-part-${process.pid}-${Date.now()}`);
  await cp(EXTENSION_DIRECTORY, directory, { recursive: true });
  const manifest = JSON.parse(await readFile(join(directory, 'manifest.json'), 'utf8')) as {
    web_accessible_resources: { resources: string[] }[];
  };
  const parts = manifest.web_accessible_resources.flatMap((entry) => entry.resources);
  const missing = parts.find((part) => /part-2\.js$/.test(part));
  if (missing === undefined) throw new Error(`no part-2 among ${parts.join(', ')}`);
  await rm(join(directory, missing));
  const { context, profile } = await launchWithExtension(directory);
  try {
    const portal = new PortalPage(await context.newPage(), server);
    const { page } = portal;
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    await portal.goto();
    await portal.composer.click();
    await expect.poll(() => warnings.join('\n')).toContain('linting in the background only');
    expect(warnings.join('\n')).toContain(missing);
    await portal.composer.pressSequentially(SAMPLE);
    await expect(badge(page)).toHaveAttribute('data-findings', String(EXPECTED.findings));
    await expect(badge(page)).toHaveAttribute('data-verdict', EXPECTED.verdict);
    await expect(badge(page)).toHaveAttribute('data-linter', 'background');
    await expect(underline(page, 'public-url-shortener')).toHaveCount(1);
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
    await rm(directory, { recursive: true, force: true });
  }
});
