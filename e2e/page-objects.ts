/**
 * Page objects: tests talk about the portal, the popup and the options page in their terms and
 * assert on text and roles, never on pixels or generated class names.
 */
import type { Locator, Page } from '@playwright/test';
import { checkerHost } from './checker-ui';
import type { StaticServer } from './static-server.mjs';

/** The look-alike client portal in e2e/pages/portal.html. */
export class PortalPage {
  readonly composer: Locator;
  readonly sendButton: Locator;
  readonly thread: Locator;
  /** The content script's shadow host; it exists once the content script has run. */
  readonly checkerHost: Locator;

  constructor(
    readonly page: Page,
    readonly server: StaticServer,
  ) {
    this.composer = page.locator('#message');
    this.sendButton = page.getByRole('button', { name: 'Send' });
    this.thread = page.getByRole('list', { name: 'Messages' });
    this.checkerHost = checkerHost(page);
  }

  async goto(path = 'portal.html'): Promise<void> {
    await this.page.goto(this.server.url(path));
  }

  /** Types like a person would (key events), so the page and the checker see real input. */
  async type(text: string): Promise<void> {
    await this.composer.click();
    await this.composer.pressSequentially(text);
  }

  async send(): Promise<void> {
    await this.sendButton.click();
  }
}

/** The toolbar popup, opened as a tab (headless Chromium has no toolbar to click). */
export class PopupPage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  get url(): string {
    return `chrome-extension://${this.extensionId}/src/popup/index.html`;
  }

  async goto(): Promise<void> {
    await this.page.goto(this.url);
  }
}

/** The options ("Settings") page. */
export class OptionsPage {
  readonly heading: Locator;

  constructor(
    readonly page: Page,
    readonly extensionId: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  get url(): string {
    return `chrome-extension://${this.extensionId}/src/options/index.html`;
  }

  async goto(): Promise<void> {
    await this.page.goto(this.url);
  }
}
