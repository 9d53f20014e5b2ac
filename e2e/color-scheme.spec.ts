/**
 * The in-page card, badge and underlines follow the page's colours: light on a light portal, dark
 * on a dark one (whatever the system setting), with text contrast that passes axe in both.
 *
 * axe cannot look into the checker's closed shadow root, so the test copies what is in it (its
 * markup and stylesheet, read over DevTools) onto a page with the portal's background and runs
 * axe there: the colours and the text are exactly those the user sees.
 */
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { checkerUiAttribute, checkerUiMarkup } from './checker-ui';
import { anyBadge, card, underline } from './content-support';
import { expect, test } from './fixtures';
import { setSyncSettings } from './settings-helpers';

const FIRM = { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'] };
// Errors, warnings and notes, with fixes and suggestions: every kind of text the card shows.
const MESSAGE = 'Hartwell & Diaz: URGENT, your hearing moved to 3/14!!! 🎉 See bit.ly/hd-case. Reply STOP to opt out.';

test.describe.configure({ timeout: 90_000 });

/** Runs axe on a copy of the checker's UI, over the background the portal shows behind the field. */
async function axeOnCheckerUi(context: BrowserContext, portal: Page) {
  const markup = await checkerUiMarkup(portal);
  const background = await portal
    .locator('#message')
    .evaluate((field) => getComputedStyle(field.closest('section') ?? document.body).backgroundColor);
  const copy = await context.newPage();
  await copy.setViewportSize(portal.viewportSize() ?? { width: 1280, height: 720 });
  await copy.setContent(
    // The card and the badge in the flow, unrolled, and the text-less underline boxes left out, so that
    // axe sees every line with what is behind it.
    `<!doctype html><html lang="en"><head><title>Checker UI</title><style>.card, .badge { position: static !important; transform: none !important; max-height: none !important; overflow: visible !important; } .marks, .measure { display: none !important; }</style></head><body style="margin:0;background:${background}"><main>${markup}</main></body></html>`,
  );
  await expect(copy.locator('.card')).toBeVisible();
  return { results: await new AxeBuilder({ page: copy }).include('.layer').analyze(), copy };
}

/** WCAG contrast of two opaque "rgb(r, g, b)" colours. */
function contrastRatio(foreground: string, background: string): number {
  const luminance = (color: string) => {
    const [r = 0, g = 0, b = 0] = (color.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    const channel = (value: number) => {
      const c = value / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

for (const { scheme, page: pagePath, system } of [
  { scheme: 'light', page: 'portal.html', system: 'dark' },
  { scheme: 'dark', page: 'portal.html?theme=dark', system: 'light' },
] as const) {
  test(`on a ${scheme} portal (system ${system}) the card is ${scheme} and passes axe`, async ({
    portal,
    context,
    serviceWorker,
  }) => {
    await setSyncSettings(serviceWorker, FIRM);
    // The page decides, not the system setting.
    await portal.page.emulateMedia({ colorScheme: system });
    await portal.goto(pagePath);
    await portal.type(MESSAGE);
    await expect(underline(portal.page, 'emoji')).toHaveCount(1);
    await portal.page.mouse.move(0, 0);
    await anyBadge(portal.page).first().click();
    await expect(card(portal.page)).toBeVisible();
    expect(await checkerUiAttribute(portal.page, '.layer', 'data-scheme')).toBe(scheme);
    const cardColors = await card(portal.page).evaluate((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, color: style.color };
    });
    expect(cardColors).toEqual(
      scheme === 'dark'
        ? { background: 'rgb(32, 33, 36)', color: 'rgb(232, 234, 237)' }
        : { background: 'rgb(255, 255, 255)', color: 'rgb(27, 31, 35)' },
    );

    const { results, copy } = await axeOnCheckerUi(context, portal.page);
    // The contrast rule looked at the card's text (and found it all readable).
    const contrast = results.passes.find((rule) => rule.id === 'color-contrast');
    expect(contrast?.nodes.length ?? 0).toBeGreaterThan(10);
    // axe leaves a one-digit text undecided (the badge's count): measured below instead.
    const undecided = results.incomplete
      .filter((rule) => rule.id === 'color-contrast')
      .flatMap((rule) => rule.nodes)
      .filter((node) => !node.any.some((check) => /too short/.test(check.message)));
    expect(undecided).toEqual([]);
    const badge = await copy.locator('.badge').evaluate((element) => {
      const style = getComputedStyle(element);
      return { color: style.color, background: style.backgroundColor, opacity: style.opacity };
    });
    expect(badge.opacity).toBe('1');
    expect(contrastRatio(badge.color, badge.background)).toBeGreaterThanOrEqual(4.5);
    expect(results.violations.map(({ id, nodes }) => ({ id, nodes: nodes.map((node) => node.html) }))).toEqual([]);
  });
}

test('a rich-text composer on a dark page is underlined in the dark colours', async ({ portal, serviceWorker }) => {
  await setSyncSettings(serviceWorker, FIRM);
  await portal.goto('editable-dark.html');
  const composer = portal.page.getByRole('textbox', { name: 'Message' });
  await composer.click();
  await portal.page.keyboard.type('Hartwell & Diaz: see you soon 🎉');
  // The highlight registry is the page's own (CSS.highlights): the underlines of the emoji are in
  // the dark set of highlights, none in the light one.
  const ranges = (name: string) => portal.page.evaluate((highlight) => CSS.highlights.get(highlight)?.size ?? 0, name);
  await expect.poll(() => ranges('sms-check-error-dark')).toBeGreaterThan(0);
  expect(await ranges('sms-check-error')).toBe(0);
});
