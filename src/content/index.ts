/**
 * Content script entry (isolated world, every frame of an enabled site). It asks the background
 * whether this page is enabled and with which settings, then runs a PageChecker on this document
 * and answers the popup's messages. The rules are not in this script, which keeps it small: they
 * run in the background, or in this world once a field is focused (lint-client.ts). Settings
 * changes re-lint every field; switching the site off removes everything. The checker starts after
 * the page's next paint (after-paint.ts).
 */
import type { FirmSettings } from '../rules';
import { browser } from '../shared/browser';
import type { FieldState } from '../shared/field-protocol';
import { frameCardLocator, randomToken } from '../shared/frame-card-protocol';
import { type InPageLinter, inPageLinterOn } from '../shared/lint-protocol';
import { backgroundClient, connectLintChannel, handleMessages } from '../shared/messaging';
import { afterNextPaint } from './after-paint';
import type { CardElsewhere } from './checker/page-card';
import type { FieldController } from './controller';
import { richTextStrategyFactory } from './editor-bridge/strategy';
import { registerEditStrategy } from './field/edit-strategy';
import { loadInPageLinterParts, nextTask } from './in-page-linter-loader';
import { LintClient } from './lint-client';
import { PageChecker } from './page';

const LOADED = Symbol.for('sms-compliance-checker.content');
/** While the same field is being edited, the background hears of it at most this often. */
const FIELD_REPORT_INTERVAL_MS = 3_000;
// For the benchmark: when the bundle (its modules' top-level code included) has been evaluated.
performance.mark('sms-content-script-evaluated');

/** How long an edit's report to the background may wait for the page to be idle. */
const IDLE_REPORT_TIMEOUT_MS = 1_000;

/** Runs `task` once the page is idle (after the frame being drawn), or after a short wait where idle callbacks are missing. */
function whenIdle(task: () => void): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(task, { timeout: IDLE_REPORT_TIMEOUT_MS });
  else setTimeout(task, 50);
}

/** The URL the site switch is decided on; about:blank/srcdoc frames take their creator's origin. */
function pageUrl(): string {
  if (location.protocol === 'http:' || location.protocol === 'https:') return location.href;
  return `${self.origin}/`;
}

/**
 * Imports the in-page linter's parts by their extension URLs (in-page-linter-loader.ts). A module a
 * content script imports runs in the content script's isolated world, where the last part leaves
 * the linter on the global.
 */
async function importInPageLinter(paths: readonly string[]): Promise<InPageLinter> {
  const started = performance.now();
  const linter = await loadInPageLinterParts(paths, {
    importPart: (path) => import(/* @vite-ignore */ browser.runtime.getURL(path)),
    nextTask,
    linter: () => inPageLinterOn(globalThis),
  });
  // For the benchmark: the import's share of the in-page linter's start (lint-client.ts measures the rest).
  performance.measure('sms-in-page-linter-import', { start: started });
  return linter;
}

async function start(): Promise<void> {
  let inPageLinterParts: readonly string[] | null = null;
  // Declared before the linter, which may find the extension gone at any time.
  let checker: PageChecker | null = null;
  const linter = new LintClient(connectLintChannel, {
    loadInPage: () =>
      inPageLinterParts === null
        ? Promise.reject(new Error('the page configuration has not arrived'))
        : importInPageLinter(inPageLinterParts),
    // Chrome clears runtime.id in a content script whose extension was reloaded or removed.
    extensionAlive: () => browser.runtime?.id !== undefined,
    onExtensionGone: (error) => {
      console.warn('SMS Compliance Checker: the extension was reloaded or removed; reload the page.', error);
      checker?.extensionGone(error.message);
    },
  });
  // Computed once per settings change, in the background: the rules cache what they derive from it.
  let firmSettings: Partial<FirmSettings> = {};
  let enabled = false;
  let ruleSeverityLocked = false;

  // Tells the background which frame of the tab holds the field in use, so the popup asks this
  // frame when it is an iframe. Every focus is told at once; edits at most every few seconds, and
  // not in the keystroke's task: a message to the background costs the page about a millisecond
  // (bench:browser), which the keystroke's frame would wait for.
  let lastReported: { controller: FieldController; at: number } | null = null;
  const sendFieldUsed = (): void => {
    backgroundClient.send('background/fieldUsed').catch(() => undefined);
  };
  const reportFieldUsed = (controller: FieldController, focused: boolean): void => {
    const now = Date.now();
    if (!focused && lastReported?.controller === controller && now - lastReported.at < FIELD_REPORT_INTERVAL_MS) return;
    lastReported = { controller, at: now };
    if (focused) sendFieldUsed();
    else whenIdle(sendFieldUsed);
  };

  // A frame's card that does not fit in it is shown by an ancestor's checker (the top document's
  // when the site is enabled there), through the background (docs/security.md): only a random
  // token goes through the page, posted to every ancestor window, to say which frame.
  const ancestors: Window[] = [];
  for (let above = window.parent; ancestors.length < 16; above = above.parent) {
    if (above === ancestors[ancestors.length - 1] || above === window) break;
    ancestors.push(above);
    if (above === window.top) break;
  }
  /** The frame showing each card of ours elsewhere, by card id. */
  const cardHosts = new Map<string, number>();
  /** Cards asked for and not answered yet; those closed meanwhile are closed at their host once known. */
  const cardsAsked = new Set<string>();
  const cardsClosedWhileAsked = new Set<string>();
  const closeAt = (cardId: string, hostFrameId: number): void => {
    backgroundClient.send('background/closeFrameCard', { cardId, hostFrameId }).catch(() => undefined);
  };
  const cardElsewhere: CardElsewhere | undefined =
    ancestors.length > 0
      ? {
          show: async (args) => {
            const locator = randomToken();
            for (const ancestor of ancestors) ancestor.postMessage(frameCardLocator(locator), '*');
            cardsAsked.add(args.cardId);
            const host = await backgroundClient
              .send('background/showFrameCard', { ...args, locator, ancestors: ancestors.length })
              .finally(() => cardsAsked.delete(args.cardId));
            if (cardsClosedWhileAsked.delete(args.cardId)) {
              if (host !== null) closeAt(args.cardId, host);
              return false;
            }
            if (host === null) cardHosts.delete(args.cardId);
            else cardHosts.set(args.cardId, host);
            return host !== null;
          },
          move: (cardId, geometry) => {
            const hostFrameId = cardHosts.get(cardId);
            if (hostFrameId === undefined) return;
            backgroundClient
              .send('background/moveFrameCard', { cardId, hostFrameId, ...geometry })
              .catch(() => undefined);
          },
          close: (cardId) => {
            const hostFrameId = cardHosts.get(cardId);
            cardHosts.delete(cardId);
            if (hostFrameId !== undefined) closeAt(cardId, hostFrameId);
            // Closed while a frame is being asked to show it (first or again): closed there too
            // once it answers.
            if (cardsAsked.has(cardId)) cardsClosedWhileAsked.add(cardId);
          },
        }
      : undefined;

  // The background keeps which frames of the tab run a checker (they are the ones that can show a
  // smaller frame's card), so it need not wait for frames that will never claim one.
  const checkerToken = randomToken();
  const tellChecker = (running: boolean): void => {
    backgroundClient
      .send('background/checkerFrame', { running, depth: ancestors.length, checker: checkerToken })
      .catch(() => undefined);
  };
  // Left, or kept in the back/forward cache: it shows nothing until it comes back.
  window.addEventListener('pagehide', () => {
    if (checker !== null) tellChecker(false);
  });
  window.addEventListener('pageshow', (event) => {
    if (event.persisted && checker !== null) tellChecker(true);
  });

  let starting = false;
  const startChecker = (): void => {
    starting = false;
    if (enabled && checker === null) {
      checker = new PageChecker(document, {
        lintSettings: () => firmSettings,
        siteEnabled: () => enabled,
        linter,
        onFieldUsed: reportFieldUsed,
        showOnToolbar: (findings, verdict) => {
          backgroundClient.send('background/showOnToolbar', { findings, verdict }).catch(() => undefined);
        },
        clearToolbar: () => {
          backgroundClient.send('background/clearToolbar').catch(() => undefined);
        },
        turnOffRule: (ruleId) => {
          // The settings change re-checks every field; a refusal (policy) is only logged.
          backgroundClient.send('background/turnOffRule', { ruleId }).then(
            (result) => {
              if (!result.turnedOff) console.warn(`SMS Compliance Checker: ${result.reason ?? 'the check stays on'}`);
            },
            (error: unknown) => console.warn('SMS Compliance Checker: could not turn the check off', error),
          );
        },
        canTurnOffRules: () => !ruleSeverityLocked,
        ...(cardElsewhere ? { cardElsewhere } : {}),
        sendFrameCardAction: (frameId, cardId, action) => {
          backgroundClient.send('background/frameCardAction', { frameId, cardId, action }).catch(() => undefined);
        },
        claimFrameCard: (claim) => backgroundClient.send('background/claimFrameCard', claim),
      });
      tellChecker(true);
    }
  };

  const apply = (): void => {
    if (enabled && checker === null) {
      if (starting) return;
      starting = true;
      afterNextPaint(window, startChecker);
    } else if (!enabled && checker !== null) {
      checker.destroy();
      checker = null;
      tellChecker(false);
    } else {
      checker?.relintAll();
    }
  };

  const field = (fieldId: string): FieldController => {
    const found = checker?.fieldById(fieldId);
    if (!found) throw new Error('That message field is no longer on the page.');
    return found;
  };

  handleMessages<'content'>({
    'content/getStatus': () => ({ url: location.href, topFrame: window.top === window }),
    'content/getFieldState': async (): Promise<FieldState | null> => (await checker?.currentField()?.state()) ?? null,
    'content/applyFixes': ({ fieldId, fixes, basedOnText }) => field(fieldId).applyFixes(fixes, basedOnText),
    'content/insertText': ({ fieldId, text, position }) => field(fieldId).insertText(text, position),
    // The keyboard commands (background/commands.ts), for the field the user is in or used last.
    'content/openCard': () => {
      const controller = checker?.currentField();
      if (!controller) return false;
      controller.openSummary(true);
      return true;
    },
    'content/fixAll': async () => (await checker?.currentField()?.fixAllSafe()) ?? null,
    'content/ignoreFinding': ({ fieldId, finding, basedOnText }) => {
      const controller = field(fieldId);
      controller.ignore(finding, basedOnText);
      return controller.state();
    },
    // The card of a field in a smaller frame below (frame-card-protocol.ts): shown here, its
    // buttons done in the field's frame.
    'content/showFrameCard': async (args) => (await checker?.showFrameCard(args)) === true,
    'content/moveFrameCard': ({ frameId, ...args }) => {
      checker?.moveFrameCard(frameId, args);
      return undefined;
    },
    'content/claimFrameCard': ({ token }) => checker?.answerFrameCardClaim(token) ?? null,
    'content/frameCardHop': ({ frameId, cardId, level, hop }) =>
      checker?.frameCardHopMoved(frameId, cardId, level, hop) ?? false,
    'content/closeFrameCard': ({ frameId, cardId }) => {
      checker?.closeFrameCard(frameId, cardId);
      return undefined;
    },
    'content/frameCardAction': ({ cardId, action }) => {
      checker?.frameCardAction(cardId, action);
      return undefined;
    },
    'content/setFirstMessage': ({ fieldId, firstMessage }) => {
      const controller = field(fieldId);
      controller.firstMessage = firstMessage;
      controller.markDirty();
      return controller.state();
    },
  });

  let configRequest = 0;
  const refresh = async (): Promise<void> => {
    const request = ++configRequest;
    try {
      const config = await backgroundClient.send('background/pageConfig', { url: pageUrl() });
      // Two storage changes in a row: only the newest answer counts.
      if (request !== configRequest) return;
      enabled = config.enabled;
      firmSettings = config.firmSettings;
      ruleSeverityLocked = config.ruleSeverityLocked ?? false;
      inPageLinterParts = config.inPageLinterParts;
      linter.configure(firmSettings);
    } catch (error) {
      // The extension was reloaded or removed under the page: nothing to check with any more.
      if (request !== configRequest) return;
      console.warn('SMS Compliance Checker: the extension is unavailable on this page.', error);
      enabled = false;
    }
    apply();
  };

  await refresh();
  // Sync and managed storage hold the settings, local the sites the user switched on.
  browser.storage.onChanged.addListener((_changes, areaName) => {
    if (areaName === 'sync' || areaName === 'managed' || areaName === 'local') void refresh();
  });
}

// The popup injects this script when the user enables a site, and a static or registered copy may
// already run in the frame: one instance per frame.
const scope = globalThis as typeof globalThis & { [LOADED]?: boolean };
if (!scope[LOADED] && browser.runtime?.id) {
  scope[LOADED] = true;
  // Rich editors' fixes go through their own model where the page lets us (editor-bridge/).
  registerEditStrategy(richTextStrategyFactory);
  void start();
}
