// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyFixes, type Finding, lint, type Report, scoreFindings } from '../rules';
import type { FieldState, TabInfo } from '../shared/field-protocol';
import { createLocalClient, MessageError } from '../shared/messages';
import { defaultSettings, type ExtensionSettings, type UserState } from '../shared/settings-schema';
import { describeEncoding, Popup } from './Popup';
import {
  type ContentFacts,
  createPopupController,
  diagnoseContent,
  type PopupClient,
  type SiteSwitchResult,
} from './popup-store';

interface MockOptions {
  tab?: TabInfo | null;
  text?: string | null;
  settings?: Partial<ExtensionSettings>;
  user?: UserState;
  contentAnswers?: boolean;
  /** What the content script's failure looks like when it does not answer. */
  contentError?: Error;
  /** Facts for the diagnosis of a silent content script (absent: the client cannot gather them). */
  facts?: ContentFacts;
  readError?: string;
  spellingUnavailable?: string;
}

/** Findings made up here so these tests do not depend on the rules being written elsewhere. */
function fakeReport(text: string, firstMessage: boolean): Report {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/!{2,}/g)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    findings.push({
      ruleId: 'repeated-punctuation',
      messageId: 'repeated',
      severity: 'warning',
      start,
      end,
      message: 'Repeated punctuation looks like spam to carrier filters.',
      fixes: [{ label: 'Replace with one !', safe: true, edits: [{ start, end, text: '!' }] }],
    });
  }
  const shortener = text.indexOf('bit.ly');
  if (shortener >= 0) {
    findings.push({
      ruleId: 'public-url-shortener',
      messageId: 'shortener',
      severity: 'error',
      start: shortener,
      end: shortener + 6,
      message: 'Public link shorteners are filtered.',
      fixes: [],
    });
  }
  if (firstMessage && !text.includes('STOP')) {
    findings.push({
      ruleId: 'opt-out-instructions',
      messageId: 'missing',
      severity: 'error',
      start: text.length,
      end: text.length,
      message: 'A first message must say how to opt out.',
      fixes: [
        {
          label: 'Add "Reply STOP to opt out."',
          safe: false,
          edits: [{ start: text.length, end: text.length, text: ' Reply STOP to opt out.' }],
        },
      ],
    });
  }
  // The real report of the text (encoding, segments...) with these findings and their score.
  return { ...lint(text), ...scoreFindings(findings), findings };
}

function mockPopup(options: MockOptions = {}) {
  const settings = { ...defaultSettings(), ...options.settings };
  let text = options.text === undefined ? 'Hi Maria, call us at https://bit.ly/hd now!!!' : options.text;
  let firstMessage = false;
  const user = options.user ?? { enabledSites: [] };
  const calls: { type: string; args: unknown }[] = [];
  const fieldState = (): FieldState | null =>
    text === null
      ? null
      : {
          fieldId: 'f1',
          text,
          report: fakeReport(text, firstMessage),
          firstMessage,
          siteEnabled: true,
          origin: 'http://localhost:4000',
          ...(options.spellingUnavailable ? { spellingUnavailable: options.spellingUnavailable } : {}),
        };
  const content = createLocalClient<'content'>({
    'content/getFieldState': () => fieldState(),
    'content/applyFixes': (args) => {
      calls.push({ type: 'applyFixes', args });
      text = applyFixes(args.basedOnText, args.fixes);
      return { applied: true, text };
    },
    'content/insertText': (args) => {
      calls.push({ type: 'insertText', args });
      text = `${text}${args.text}`;
      return { applied: true, text };
    },
    'content/setFirstMessage': (args) => {
      firstMessage = args.firstMessage;
      const state = fieldState();
      if (!state) throw new Error('no field');
      return state;
    },
  });
  const client: PopupClient = {
    targetTab: async () =>
      options.tab === undefined ? { id: 7, url: 'http://localhost:4000/portal.html' } : options.tab,
    content: () =>
      options.contentAnswers === false
        ? {
            send: () => Promise.reject(options.contentError ?? new Error('no receiver')),
          }
        : content,
    ...(options.facts
      ? { contentFacts: async () => options.facts as ContentFacts, reloadTab: vi.fn(async () => {}) }
      : {}),
    loadSettings: async () => ({
      settings,
      locked: [],
      ...(options.readError ? { readError: options.readError } : {}),
    }),
    loadUserState: async () => user,
    setSiteEnabled: vi.fn(async (origin: string, enabled: boolean) => {
      user.enabledSites = enabled ? [origin] : [];
      return { done: true };
    }),
    copyText: vi.fn(async () => {}),
    openOptions: vi.fn(),
    subscribe: () => () => {},
  };
  const controller = createPopupController(client);
  render(<Popup controller={controller} />);
  void controller.refresh();
  return { controller, client, calls, getText: () => text };
}

afterEach(cleanup);

describe('Popup', () => {
  it('shows verdict, score, encoding and the findings grouped by severity', async () => {
    mockPopup();
    await screen.findByText(/GSM-7, 1 segment, \d+ characters/);
    expect(screen.getByRole('region', { name: 'Result' }).textContent).toMatch(/\/100/);
    const findings = screen.getByRole('region', { name: 'Findings' });
    expect(findings.querySelector('[data-rule-id="public-url-shortener"]')).not.toBeNull();
    expect(screen.getAllByText('Why it matters').length).toBeGreaterThan(0);
  });

  it('applies one fix through content/applyFixes', async () => {
    const { calls, getText } = mockPopup({ text: 'Your hearing moved to Monday!!! Reply STOP to opt out.' });
    const finding = await waitFor(() => {
      const item = document.querySelector('[data-rule-id="repeated-punctuation"]');
      if (!item) throw new Error('not yet');
      return item;
    });
    const button = finding.querySelector('button.fix') as HTMLButtonElement;
    fireEvent.click(button);
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(getText()).not.toContain('!!!');
  });

  it('previews all safe fixes as a diff before applying them', async () => {
    const { calls, getText } = mockPopup({ text: 'Hi Maria!!! Your court date is 3/14 — see you then!!!' });
    fireEvent.click(await screen.findByRole('button', { name: /Apply all safe fixes/ }));
    const diff = await screen.findByTestId('diff');
    expect(diff.querySelectorAll('del').length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Apply these changes' }));
    await waitFor(() => expect(calls).toHaveLength(1));
    expect(getText()).not.toContain('!!!');
  });

  it('inserts and copies the terms link', async () => {
    const { client, calls, getText } = mockPopup({ text: 'Hi Maria', settings: { termsUrl: 'https://hd.law/sms' } });
    fireEvent.click(await screen.findByRole('button', { name: 'Insert terms link' }));
    await waitFor(() => expect(getText()).toBe('Hi Maria https://hd.law/sms'));
    expect(calls[0]).toMatchObject({ type: 'insertText', args: { position: 'end' } });
    fireEvent.click(screen.getByRole('button', { name: 'Copy terms link' }));
    await waitFor(() => expect(client.copyText).toHaveBeenCalledWith('https://hd.law/sms'));
  });

  it('re-checks under first-message rules', async () => {
    mockPopup({ text: 'Hi Maria, your hearing moved to Monday at 9am.' });
    const toggle = await screen.findByRole('switch', { name: 'First message to this client' });
    expect(document.querySelector('[data-rule-id="opt-out-instructions"]')).toBeNull();
    fireEvent.click(toggle);
    await waitFor(() => expect(document.querySelector('[data-rule-id="opt-out-instructions"]')).not.toBeNull());
  });

  it('explains the empty states', async () => {
    mockPopup({ text: null });
    await screen.findByText('No message field in use');
    expect(screen.getByText(/terms link is not set yet/)).toBeTruthy();
    cleanup();
    mockPopup({ tab: { id: 3, url: 'https://portal.example.com/inbox' } });
    await screen.findByText(/This site is not being checked/);
    cleanup();
    mockPopup({ tab: { id: 3, url: 'chrome://extensions/' } });
    await screen.findByText('Nothing to check here');
    cleanup();
    mockPopup({
      tab: { id: 3, url: 'https://portal.example.com/' },
      user: { enabledSites: ['https://portal.example.com'] },
      contentAnswers: false,
    });
    await screen.findByText(/not running on this page yet/);
  });

  it('turns checking on for the site', async () => {
    const { client } = mockPopup({ tab: { id: 3, url: 'https://portal.example.com/inbox' } });
    fireEvent.click(await screen.findByRole('switch', { name: 'Check messages on this site' }));
    await waitFor(() => expect(client.setSiteEnabled).toHaveBeenCalledWith('https://portal.example.com', true));
  });

  it('keeps the switch where the user put it while saving, even if a refresh lands meanwhile', async () => {
    const { controller, client } = mockPopup({ tab: { id: 3, url: 'https://portal.example.com/inbox' } });
    let finishSaving = (_granted: boolean) => {};
    const saving = vi.mocked(client.setSiteEnabled);
    const original = saving.getMockImplementation();
    saving.mockImplementation(
      (origin, enabled) =>
        new Promise<SiteSwitchResult>((resolve) => {
          finishSaving = (granted) => {
            if (granted) void original?.(origin, enabled);
            resolve({ done: granted });
          };
        }),
    );
    const toggle = (await screen.findByRole('switch', { name: 'Check messages on this site' })) as HTMLInputElement;
    fireEvent.click(toggle);
    // The popup's periodic refresh reads the old state before the save is done.
    await controller.refresh();
    expect(toggle.checked).toBe(true);
    finishSaving(true);
    await waitFor(() => expect(controller.store.get().enabledBy).toBe('user'));
    expect(toggle.checked).toBe(true);

    // Turned off, and the browser refuses nothing there; turned on with the permission refused: back off.
    fireEvent.click(toggle);
    finishSaving(true);
    await waitFor(() => expect(controller.store.get().enabledBy).toBe(null));
    expect(toggle.checked).toBe(false);
    fireEvent.click(toggle);
    expect(toggle.checked).toBe(true);
    finishSaving(false);
    await waitFor(() => expect(screen.getByText(/Permission was not granted/)).toBeTruthy());
    await waitFor(() => expect(toggle.checked).toBe(false));
  });

  it('hides the site switch where the firm enabled the site', async () => {
    mockPopup({
      tab: { id: 3, url: 'https://portal.hd.law/x' },
      settings: { portalSites: ['https://portal.hd.law/*'] },
    });
    await screen.findByText(/one of your firm's portal sites/);
    expect(screen.queryByRole('switch', { name: 'Check messages on this site' })).toBeNull();
  });

  it('says why the checker does not answer, one message per cause', async () => {
    const tab = { id: 3, url: 'https://portal.example.com/' };
    const user = { enabledSites: ['https://portal.example.com'] };
    const facts = (probe: ContentFacts['probe'], hostPermission = true): ContentFacts => ({ hostPermission, probe });
    const cases: [ContentFacts, RegExp][] = [
      [facts({ scriptable: false }, false), /may not read this site/],
      [
        facts({ scriptable: true, loadedAt: 100, extensionStartedAt: 200, startReason: 'update' }),
        /extension was updated/,
      ],
      [
        facts({ scriptable: true, loadedAt: 100, extensionStartedAt: 200, startReason: 'install' }),
        /Reload this page to start/,
      ],
      [facts({ scriptable: false, error: 'Cannot access contents of the page' }), /Extensions cannot run on this page/],
      [facts({ scriptable: true, loadedAt: 300, extensionStartedAt: 200 }), /not running on this page yet/],
    ];
    for (const [given, title] of cases) {
      const { controller } = mockPopup({ tab, user, contentAnswers: false, facts: given });
      await screen.findByRole('heading', { name: title });
      // A page to reload offers the reload.
      if (/updated|Reload this page/.test(title.source)) {
        fireEvent.click(screen.getByRole('button', { name: 'Reload the page' }));
        await screen.findByText('Reloading the page…');
      }
      controller.dispose();
      cleanup();
    }
    mockPopup({
      tab,
      user,
      contentAnswers: false,
      contentError: new MessageError('content/getFieldState', 'the field is gone'),
      facts: facts({ scriptable: true }),
    });
    await screen.findByRole('heading', { name: /ran into an error/ });
    expect(screen.getByText(/the field is gone/)).toBeTruthy();
  });

  it('diagnoses from the facts: permission first, then scripting, then the page age', () => {
    const noReceiver = new Error('Could not establish connection. Receiving end does not exist.');
    expect(diagnoseContent(noReceiver, null)).toEqual({ kind: 'not-started' });
    expect(diagnoseContent(noReceiver, { hostPermission: false, probe: { scriptable: true } }).kind).toBe(
      'permission-missing',
    );
    expect(
      diagnoseContent(new MessageError('content/getFieldState', 'no receiver answered'), {
        hostPermission: true,
        probe: { scriptable: true, loadedAt: 5, extensionStartedAt: 9, startReason: 'update' },
      }),
    ).toEqual({ kind: 'extension-updated' });
    expect(diagnoseContent(new MessageError('content/getFieldState', 'boom'), null)).toEqual({
      kind: 'content-error',
      detail: 'boom',
    });
  });

  it('says when the settings could not be read, and when spelling is not checked', async () => {
    mockPopup({
      readError: "Your firm's settings could not be read (IO error); the last settings read are used.",
      spellingUnavailable: 'the spell checker did not start',
    });
    const alert = await screen.findByRole('alert', { name: 'Settings could not be read' });
    expect(alert.textContent).toMatch(/IO error.*last settings read/);
    await screen.findByText(/Spelling is not checked right now: the spell checker did not start/);
  });

  it('turning a site on says so when the checker could not start on the page', async () => {
    const { client } = mockPopup({ tab: { id: 3, url: 'https://portal.example.com/inbox' } });
    vi.mocked(client.setSiteEnabled).mockResolvedValueOnce({
      done: true,
      problem: 'The checker could not start on this page (Frame was removed): reload the page.',
    });
    fireEvent.click(await screen.findByRole('switch', { name: 'Check messages on this site' }));
    await screen.findByText(/Checking messages on https:\/\/portal\.example\.com\. The checker could not start/);
  });
});

describe('describeEncoding', () => {
  it.each([
    [{ encoding: 'GSM-7', segments: 1, characters: 80 }, 'GSM-7, 1 segment, 80 characters'],
    [{ encoding: 'GSM-7', segments: 1, characters: 80, language: 'es' }, 'GSM-7, 1 segment, 80 characters, Spanish'],
    [
      { encoding: 'GSM-7', segments: 1, characters: 150, segmentsFilled: 2 },
      'GSM-7, 1 segment (about 2 once merge fields are filled), 150 characters',
    ],
  ] as const)('%j reads %j', (report, expected) => {
    expect(describeEncoding(report)).toBe(expected);
  });
});
