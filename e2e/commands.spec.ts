import { badge, card, checkerHost, runCommand } from './content-support';
import { expect, test } from './fixtures';
import { lintWithRules } from './lint-oracle';
import { setSyncSettings } from './settings-helpers';

const FIRM = { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'] };
const MESSAGE = 'Hartwell & Diaz: your hearing moved to 3/14!!! 🎉 Reply STOP to opt out.';

test.describe.configure({ timeout: 90_000 });

test('the three commands are declared with their default shortcuts', async ({ serviceWorker }) => {
  // _execute_action (open the popup) is the browser's own, without a default shortcut.
  const commands = (await serviceWorker.evaluate(() => chrome.commands.getAll())).filter(
    (command) => command.name !== '_execute_action',
  );
  expect(
    commands
      .map(({ name, shortcut }) => ({ name, shortcut }))
      .sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '')),
  ).toEqual([
    { name: 'fix-all', shortcut: 'Alt+Shift+F' },
    { name: 'open-card', shortcut: 'Alt+Shift+M' },
    { name: 'toggle-site', shortcut: 'Alt+Shift+Y' },
  ]);
});

test('"open the card" and "apply all safe fixes" act on the field in use', async ({ portal, serviceWorker }) => {
  await setSyncSettings(serviceWorker, FIRM);
  await portal.goto();
  await portal.type(MESSAGE);
  // As a user would, the shortcut comes once the badge shows the message checked (on a loaded
  // machine the last keys' lint can still be on its way).
  await expect(badge(portal.page)).toHaveAttribute(
    'data-findings',
    String(lintWithRules({ text: MESSAGE, settings: FIRM }).report.findings.length),
  );
  // The pointer away from the underlines, so no card is open by hovering.
  await portal.page.mouse.move(0, 0);
  await expect(card(portal.page)).toBeHidden();

  expect(await runCommand(serviceWorker, portal.page, 'open-card')).toBe('card-opened');
  await expect(card(portal.page)).toBeVisible();
  await portal.page.keyboard.press('Escape');
  await expect(card(portal.page)).toBeHidden();

  expect(await runCommand(serviceWorker, portal.page, 'fix-all')).toBe('fixed');
  await expect(portal.composer).toHaveValue(lintWithRules({ text: MESSAGE, settings: FIRM }).fixed);
  // Nothing safe left to fix: the field stays as it is.
  await expect.poll(() => runCommand(serviceWorker, portal.page, 'fix-all')).toBe('nothing-to-fix');
});

test('"open the card" on a page without a message field does nothing', async ({ portal, serviceWorker, server }) => {
  await portal.page.goto(server.url('index.html'));
  await expect(checkerHost(portal.page)).toHaveCount(1);
  expect(await runCommand(serviceWorker, portal.page, 'open-card')).toBe('no-field');
});

test('"turn checking on or off for this site" switches the user\'s own sites, not the firm\'s', async ({
  portal,
  serviceWorker,
  server,
}) => {
  // 127.0.0.1 is a site the user may switch (the test build holds its permission, so no prompt).
  await portal.page.goto(`http://127.0.0.1:${server.port}/portal.html`);
  await expect(portal.composer).toBeVisible();
  expect(await runCommand(serviceWorker, portal.page, 'toggle-site')).toBe('site-on');
  await expect(checkerHost(portal.page)).toHaveCount(1, { timeout: 15_000 });
  expect(await serviceWorker.evaluate(() => chrome.storage.local.get(null))).toMatchObject({
    userState: { enabledSites: [`http://127.0.0.1:${server.port}`] },
  });

  expect(await runCommand(serviceWorker, portal.page, 'toggle-site')).toBe('site-off');
  await expect(checkerHost(portal.page)).toHaveCount(0, { timeout: 15_000 });

  // The demo portal is on for everyone: the shortcut leaves it alone.
  await portal.goto();
  await expect(checkerHost(portal.page)).toHaveCount(1);
  expect(await runCommand(serviceWorker, portal.page, 'toggle-site')).toBe('site-set-by-firm');
  await expect(checkerHost(portal.page)).toHaveCount(1);
});
