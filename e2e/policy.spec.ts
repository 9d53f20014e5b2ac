/**
 * Enterprise policy: a value an administrator pushes (here through a real Chromium policy file,
 * as on a managed Linux machine) wins over the firm's stored value and is locked in the options
 * page. Chromium reads policy files at startup, so each test launches its own browser after
 * writing the file, and removes the file whatever happens (enterprise-policy.ts).
 */
import { EXTENSION_ID } from '../src/shared/extension-id';
import { card, checkerHost, openCardFrom, underline } from './content-support';
import { withPolicyBrowser } from './enterprise-policy';
import { expect, test } from './fixtures';
import { openPopupFor } from './settings-helpers';

const POLICY_FILE = 'sms-compliance-checker-test.json';
const POLICY_TERMS_URL = 'https://hartwelldiaz.com/policy-text-terms';

test('a value set by enterprise policy wins and is locked', async () => {
  await withPolicyBrowser(POLICY_FILE, { termsUrl: POLICY_TERMS_URL }, async ({ context, worker, server }) => {
    // The firm's own stored value must lose to the policy.
    await worker.evaluate(() =>
      chrome.storage.sync.set({
        settingsVersion: 1,
        termsUrl: 'https://hartwelldiaz.com/stored-terms',
        firmName: 'HD',
      }),
    );

    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
    const termsField = options.getByLabel('Messaging terms URL');
    await expect(termsField).toHaveValue(POLICY_TERMS_URL);
    await expect(termsField).toBeDisabled();
    await expect(termsField).toHaveAttribute('aria-describedby', /field-termsUrl-locked/);
    await expect(options.locator('#field-termsUrl-locked')).toHaveText('Set by your organization');
    // Other fields stay editable, and saving leaves the policy value alone.
    await expect(options.getByLabel('Firm name')).toBeEditable();
    await options.getByLabel('Firm name').fill('Hartwell & Diaz');
    await options.getByRole('button', { name: 'Save settings' }).click();
    await expect(options.getByRole('status')).toHaveText('Settings saved.');
    const stored = await worker.evaluate(() => chrome.storage.sync.get(null));
    expect(stored).toMatchObject({ firmName: 'Hartwell & Diaz', termsUrl: 'https://hartwelldiaz.com/stored-terms' });

    // What the checker uses is the policy value: the popup offers it as the terms link.
    const portal = await context.newPage();
    await portal.goto(server.url('portal.html'));
    const tabId = await options.evaluate(
      async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
      portal.url(),
    );
    const popup = await context.newPage();
    await popup.goto(`chrome-extension://${EXTENSION_ID}/src/popup/index.html?tab=${tabId}`);
    await expect(popup.getByRole('region', { name: 'Terms link' }).getByRole('link')).toHaveText(POLICY_TERMS_URL);
  });
});

test('a javascript: terms URL pushed by policy is refused with a notice in options and popup, and never inserted', async () => {
  const hostileUrl = 'javascript:alert(document.cookie)';
  const storedUrl = 'https://hartwelldiaz.com/stored-terms';
  const policy = { termsUrl: hostileUrl, firmName: 'Hartwell & Diaz' };
  await withPolicyBrowser(POLICY_FILE, policy, async ({ context, worker, server }) => {
    await worker.evaluate(
      (termsUrl) => chrome.storage.sync.set({ settingsVersion: 1, termsUrl, firmDomains: ['hartwelldiaz.com'] }),
      storedUrl,
    );

    // The options page says the administrator's value was refused, and why; the firm's own applies.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${EXTENSION_ID}/src/options/index.html`);
    const notice = options.getByRole('region', { name: 'Refused organization settings' });
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('termsUrl');
    await expect(notice).toContainText('must start with https://');
    await expect(options.getByLabel('Messaging terms URL')).toHaveValue(storedUrl);
    await expect(options.getByLabel('Messaging terms URL')).toBeEditable();
    // The other policy value is used and locked as usual.
    await expect(options.getByLabel('Firm name')).toHaveValue('Hartwell & Diaz');
    await expect(options.getByLabel('Firm name')).toBeDisabled();

    // The popup says so too, and offers the firm's own link only.
    const portal = await context.newPage();
    await portal.goto(server.url('portal.html'));
    await expect(checkerHost(portal)).toHaveCount(1);
    const composer = portal.locator('#message');
    await composer.click();
    await composer.pressSequentially('Hi Maria, this is Hartwell & Diaz. Your portal is ready. Reply STOP to opt out.');
    const popup = await openPopupFor(context, EXTENSION_ID, portal);
    const popupNotice = popup.getByRole('region', { name: 'Refused organization settings' });
    await expect(popupNotice).toBeVisible();
    await expect(popupNotice).toContainText('termsUrl');
    const terms = popup.getByRole('region', { name: 'Terms link' });
    await expect(terms.getByRole('link')).toHaveText(storedUrl);
    await expect(terms.getByRole('link')).toHaveAttribute('href', storedUrl);
    await expect(popup.locator(`a[href^="javascript"]`)).toHaveCount(0);

    // As a first message, every fix path adds the firm's own link, never the refused one.
    await popup.getByRole('switch', { name: 'First message to this client' }).check();
    await popup.getByRole('button', { name: /Apply all safe fixes/ }).click();
    await popup
      .getByRole('region', { name: 'Preview of the safe fixes' })
      .getByRole('button', { name: 'Apply these changes' })
      .click();
    await expect(composer).toHaveValue(new RegExp(`Terms: ${storedUrl.replaceAll('.', '\\.')}$`));
    await terms.getByRole('button', { name: 'Insert terms link' }).click();
    await expect(composer).toHaveValue(
      new RegExp(`${storedUrl.replaceAll('.', '\\.')} ${storedUrl.replaceAll('.', '\\.')}$`),
    );
    expect(await composer.inputValue()).not.toContain('javascript');
    // The in-page card's "Fix all safe issues" too, on a fresh first message.
    await composer.fill('Hi Maria, your portal is ready!!');
    await popup.reload();
    await popup.getByRole('switch', { name: 'First message to this client' }).check();
    await openCardFrom(portal, underline(portal, 'repeated-punctuation'));
    await card(portal).getByRole('button', { name: 'Fix all safe issues' }).click();
    await expect(composer).toHaveValue(new RegExp(`Terms: ${storedUrl.replaceAll('.', '\\.')}$`));
    expect(await composer.inputValue()).not.toContain('javascript');
  });
});
