// @vitest-environment happy-dom
/**
 * Hostile settings in the popup (docs/security.md): a refused policy value is announced, and the
 * terms link is shown, copied and inserted only when it is a safe https address.
 */
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalClient } from '../shared/messages';
import { defaultSettings } from '../shared/settings-schema';
import { PolicyNotice, TermsLinkSection } from './Popup';
import { createPopupController, type PopupClient } from './popup-store';

afterEach(cleanup);

const UNSAFE = ['javascript:alert(document.cookie)', 'data:text/html,<b>x</b>', 'http://hartwelldiaz.com/terms'];

describe('popup: unsafe terms links and refused policy values', () => {
  it('lists each refused policy value with why', () => {
    render(
      <PolicyNotice
        problems={[
          { key: 'termsUrl', message: 'The terms page must start with https:// (carriers distrust plain http links).' },
        ]}
      />,
    );
    const notice = screen.getByRole('region', { name: 'Refused organization settings' });
    expect(notice.textContent).toContain('termsUrl: The terms page must start with https://');
    expect(notice.textContent).toContain('does not use these values');
  });

  it.each(UNSAFE)('never makes %j a link or offers to insert it', (termsUrl) => {
    const actions = { onCopy: vi.fn(), onInsert: vi.fn(), onOpenOptions: vi.fn() };
    const { container } = render(<TermsLinkSection termsUrl={termsUrl} canInsert {...actions} />);
    expect(container.querySelector('a')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Insert terms link' })).toBeNull();
    expect(container.textContent).toContain('not a safe https:// address');
  });

  it('shows a safe link as a link', () => {
    const url = 'https://hartwelldiaz.com/sms-terms';
    const { container } = render(
      <TermsLinkSection termsUrl={url} canInsert onCopy={vi.fn()} onInsert={vi.fn()} onOpenOptions={vi.fn()} />,
    );
    expect(container.querySelector('a')?.getAttribute('href')).toBe(url);
  });

  it.each(UNSAFE)('"Insert terms link" and "Copy" refuse %j even if it reached the settings', async (termsUrl) => {
    const inserted: string[] = [];
    const copyText = vi.fn(async () => {});
    const content = createLocalClient<'content'>({
      'content/getFieldState': () => ({
        fieldId: 'f1',
        text: 'Hi Maria',
        report: { findings: [], score: 100, verdict: 'ready', encoding: 'GSM-7', segments: 1, characters: 8 },
        firstMessage: true,
        siteEnabled: true,
        origin: 'http://localhost:4000',
      }),
      'content/insertText': (args: { text: string }) => {
        inserted.push(args.text);
        return { applied: true, text: `Hi Maria${args.text}` };
      },
    } as never);
    const client = {
      targetTab: async () => ({ id: 7, url: 'http://localhost:4000/portal.html' }),
      content: () => content,
      loadSettings: async () => ({ settings: { ...defaultSettings(), termsUrl }, locked: [] }),
      loadUserState: async () => ({ enabledSites: [] }),
      setSiteEnabled: vi.fn(),
      copyText,
      openOptions: vi.fn(),
      subscribe: () => () => {},
    } as unknown as PopupClient;
    const controller = createPopupController(client);
    await controller.refresh();
    await controller.insertTermsLink();
    await controller.copyTermsLink();
    expect(inserted).toEqual([]);
    expect(copyText).not.toHaveBeenCalled();
    expect(controller.store.get().notice).toBe('Set the terms link in the options first.');
  });
});
