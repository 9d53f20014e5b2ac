// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../rules';
import type { FieldState } from '../shared/field-protocol';
import { createLocalClient } from '../shared/messages';
import { defaultSettings } from '../shared/settings-schema';
import { Popup } from './Popup';
import { createPopupController, type PopupClient } from './popup-store';

const TYPED = 'Hi Maria URGENT news today';
const FIXED = 'Hi Maria urgent news today';

function report(text: string): Report {
  const start = text.indexOf('URGENT');
  const findings: Report['findings'] =
    start < 0
      ? []
      : [
          {
            ruleId: 'all-caps',
            messageId: 'caps',
            severity: 'warning',
            start,
            end: start + 6,
            message: 'Words in capitals read as shouting.',
            fixes: [{ label: 'Write "urgent"', safe: true, edits: [{ start, end: start + 6, text: 'urgent' }] }],
          },
        ];
  return { score: 90, verdict: 'review', findings, encoding: 'GSM-7', segments: 1, characters: text.length };
}

/** A popup on a field whose editor puts its own text back after every fix (as CKEditor 5 can). */
function stubbornEditorPopup(copyText: PopupClient['copyText']) {
  let text = TYPED;
  const field = (): FieldState => ({
    fieldId: 'f1',
    text,
    report: report(text),
    firstMessage: false,
    siteEnabled: true,
    origin: 'http://localhost:4000',
  });
  const content = createLocalClient<'content'>({
    'content/getFieldState': () => field(),
    // As the content script answers when the editor put its text back: nothing applied.
    'content/applyFixes': () => ({
      applied: false,
      text,
      reason: 'This editor did not accept the change.',
      notAccepted: { expected: FIXED, restored: true },
    }),
  });
  const client: PopupClient = {
    targetTab: async () => ({ id: 7, url: 'http://localhost:4000/portal.html' }),
    content: () => content,
    loadSettings: async () => ({ settings: defaultSettings(), locked: [] }),
    loadUserState: async () => ({ enabledSites: [] }),
    setSiteEnabled: vi.fn(async () => ({ done: true })),
    copyText,
    openOptions: vi.fn(),
    subscribe: () => () => {},
  };
  const controller = createPopupController(client);
  render(<Popup controller={controller} />);
  void controller.refresh();
  return {
    controller,
    /** The user pastes the fix into the editor. */
    paste: () => {
      text = FIXED;
    },
  };
}

async function applyTheFix(): Promise<HTMLElement> {
  fireEvent.click(await screen.findByRole('button', { name: 'Write "urgent"' }));
  return screen.findByRole('region', { name: 'This editor did not accept the change' });
}

afterEach(cleanup);

describe('the popup when the editor did not accept a fix', () => {
  it('says so, shows the fixed message and copies it with a labelled button, announcing the outcome', async () => {
    const copyText = vi.fn(async () => {});
    stubbornEditorPopup(copyText);
    const panel = await applyTheFix();
    expect(screen.getByRole('status').textContent).toBe(
      'This editor did not accept the change: copy the fix and paste it.',
    );
    expect(panel.textContent).toContain('Your message is as it was.');
    const fixed = screen.getByRole('textbox', { name: 'The fixed message' }) as HTMLTextAreaElement;
    expect(fixed.value).toBe(FIXED);
    expect(fixed.readOnly).toBe(true);
    const copy = screen.getByRole('button', { name: 'Copy the fix' });
    // A native button: reachable by Tab and pressed by Enter or Space.
    expect(copy.tagName).toBe('BUTTON');
    expect(copy.getAttribute('tabindex')).toBeNull();
    fireEvent.click(copy);
    await waitFor(() => expect(copyText).toHaveBeenCalledWith(FIXED));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Fixed message copied. Select the message in the editor and paste.',
      ),
    );
  });

  it('says how to copy by hand when the browser refuses the clipboard', async () => {
    stubbornEditorPopup(vi.fn(async () => Promise.reject(new Error('denied'))));
    await applyTheFix();
    fireEvent.click(screen.getByRole('button', { name: 'Copy the fix' }));
    await waitFor(() =>
      expect(screen.getByRole('status').textContent).toBe(
        'Could not copy: select the fixed message above and copy it with Ctrl+C.',
      ),
    );
  });

  it('drops the offer once the field holds other text (the user pasted the fix)', async () => {
    const { controller, paste } = stubbornEditorPopup(vi.fn(async () => {}));
    await applyTheFix();
    paste();
    await controller.refresh();
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'This editor did not accept the change' })).toBeNull(),
    );
  });
});
