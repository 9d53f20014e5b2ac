// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFixes, type Finding, lint, type Report, scoreFindings } from '../rules';
import type { FieldState } from '../shared/field-protocol';
import { createLocalClient } from '../shared/messages';
import { defaultSettings } from '../shared/settings-schema';
import { Popup } from './Popup';
import { createPopupController, type PopupClient } from './popup-store';

const MESSAGE = 'Hi Maria, your hearing is on monday.';

/** A spelling finding per lower-case "monday", without fixes, as the content script sends them. */
function spellingReport(text: string): Report {
  const findings: Finding[] = [...text.matchAll(/\bmonday\b/g)].map((match) => ({
    ruleId: 'spelling',
    messageId: 'misspelled',
    severity: 'info',
    start: match.index ?? 0,
    end: (match.index ?? 0) + match[0].length,
    message: `"${match[0]}" may be misspelled.`,
    fixes: [],
    language: 'en',
  }));
  // The real report of the text (encoding, segments...) with these findings and their score.
  return { ...lint(text), ...scoreFindings(findings), findings };
}

/** Answers the popup's suggestion request when the test says so. */
function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function mockPopup(suggestSpelling: PopupClient['suggestSpelling']) {
  let text = MESSAGE;
  const applied: unknown[] = [];
  const fieldState = (): FieldState => ({
    fieldId: 'f1',
    text,
    report: spellingReport(text),
    firstMessage: false,
    siteEnabled: true,
    origin: 'http://localhost:4000',
  });
  const content = createLocalClient<'content'>({
    'content/getFieldState': () => fieldState(),
    'content/applyFixes': (args) => {
      applied.push(args);
      text = applyFixes(args.basedOnText, args.fixes);
      return { applied: true, text };
    },
  });
  const client: PopupClient = {
    targetTab: async () => ({ id: 7, url: 'http://localhost:4000/portal.html' }),
    content: () => content,
    loadSettings: async () => ({ settings: defaultSettings(), locked: [] }),
    loadUserState: async () => ({ enabledSites: [] }),
    setSiteEnabled: async () => ({ done: true }),
    copyText: async () => {},
    openOptions: () => {},
    subscribe: () => () => {},
    addToDictionary: async () => ({ added: true }),
    ...(suggestSpelling ? { suggestSpelling } : {}),
  };
  const controller = createPopupController(client);
  render(<Popup controller={controller} />);
  void controller.refresh();
  return { controller, applied, getText: () => text };
}

async function spellingItem(): Promise<HTMLElement> {
  return waitFor(() => {
    const item = document.querySelector<HTMLElement>('[data-rule-id="spelling"]');
    if (!item) throw new Error('not yet');
    return item;
  });
}

/** The finding's fix buttons (not its "Ignore" and "Turn off this check"), in order. */
function fixButtonLabels(item: HTMLElement): (string | null)[] {
  return [...item.querySelectorAll('.fixes button')].map((button) => button.textContent);
}

afterEach(cleanup);

describe("the popup's spelling suggestions", () => {
  it('says it looks for them, then offers them in the card\'s words and order, before "Add to dictionary"', async () => {
    const answer = deferred<string[]>();
    const suggest = vi.fn(() => answer.promise);
    mockPopup(suggest);
    const item = await spellingItem();
    expect(item.textContent).toContain('Looking for suggestions…');
    expect(within(item).getByRole('button', { name: 'Add to dictionary' })).toBeTruthy();
    expect(suggest).toHaveBeenCalledWith('monday', 'en');

    answer.resolve(['Monday', 'Mondays']);
    const first = await within(item).findByRole('button', { name: 'Replace with "Monday"' });
    const labels = fixButtonLabels(item);
    expect(labels).toEqual(['Replace with "Monday"', 'Replace with "Mondays"', 'Add to dictionary']);
    expect(first.getAttribute('type')).toBe('button');
    expect(item.textContent).not.toContain('Looking for suggestions');
  });

  it('applies a suggestion through content/applyFixes, and the finding is gone', async () => {
    const { applied, getText } = mockPopup(async () => ['Monday']);
    const item = await spellingItem();
    fireEvent.click(await within(item).findByRole('button', { name: 'Replace with "Monday"' }));
    await waitFor(() => expect(getText()).toBe('Hi Maria, your hearing is on Monday.'));
    const start = MESSAGE.indexOf('monday');
    expect(applied).toEqual([
      {
        fieldId: 'f1',
        basedOnText: MESSAGE,
        fixes: [
          {
            label: 'Replace with "Monday"',
            safe: false,
            edits: [{ start, end: start + 'monday'.length, text: 'Monday' }],
          },
        ],
      },
    ]);
    await screen.findByText('Applied: Replace with "Monday".');
    await waitFor(() => expect(document.querySelector('[data-rule-id="spelling"]')).toBeNull());
  });

  it('asks the host once per word, however often the popup refreshes', async () => {
    const suggest = vi.fn(async () => ['Monday']);
    const { controller } = mockPopup(suggest);
    const item = await spellingItem();
    await within(item).findByRole('button', { name: 'Replace with "Monday"' });
    await controller.refresh();
    await controller.refresh();
    expect(suggest).toHaveBeenCalledTimes(1);
  });

  it('says so when there are none', async () => {
    mockPopup(async () => []);
    const item = await spellingItem();
    await waitFor(() => expect(item.textContent).toContain('No suggestions found.'));
    expect(fixButtonLabels(item)).toEqual(['Add to dictionary']);
  });

  it('keeps "Add to dictionary" and reports no error when the spelling host fails', async () => {
    const { controller } = mockPopup(async () => {
      throw new Error('the spelling host did not start');
    });
    const item = await spellingItem();
    await waitFor(() => expect(controller.store.get().spellingSuggestions['en:monday']).toBe('failed'));
    expect(fixButtonLabels(item)).toEqual(['Add to dictionary']);
    expect(item.textContent).not.toContain('Looking for suggestions');
    expect(controller.store.get().notice).toBe('');
  });

  it('offers no suggestions when the client cannot ask for them', async () => {
    const { controller } = mockPopup(undefined);
    const item = await spellingItem();
    expect(fixButtonLabels(item)).toEqual(['Add to dictionary']);
    expect(controller.store.get().spellingSuggestions).toEqual({});
  });
});
