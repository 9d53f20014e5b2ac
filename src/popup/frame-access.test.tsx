// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLocalClient } from '../shared/messages';
import { defaultSettings, type UserState } from '../shared/settings-schema';
import { type FrameAccess, listHosts, unreachableOrigins, validFrameOrigins } from './frame-access';
import { Popup } from './Popup';
import { createPopupController, type PopupClient } from './popup-store';

const SITE = 'https://portal.example';
const VENDOR = 'https://messages.vendor.example';

afterEach(cleanup);

function mockPopup(siteEnabled: boolean, frames: FrameAccess[]) {
  const user: UserState = { enabledSites: siteEnabled ? [SITE] : [] };
  const client: PopupClient = {
    targetTab: async () => ({ id: 3, url: `${SITE}/inbox` }),
    content: () => createLocalClient<'content'>({ 'content/getFieldState': () => null }),
    loadSettings: async () => ({ settings: defaultSettings(), locked: [] }),
    loadUserState: async () => user,
    setSiteEnabled: vi.fn(async (origin: string, enabled: boolean, frameOrigins: readonly string[] = []) => {
      user.enabledSites = enabled ? [origin, ...frameOrigins] : [];
      return { done: true };
    }),
    frameAccess: vi.fn(async () =>
      frames.map((frame) => ({ ...frame, reachable: frame.reachable || user.enabledSites.includes(frame.origin) })),
    ),
    allowFrameOrigins: vi.fn(async (origins: readonly string[]) => {
      user.enabledSites.push(...origins);
      return { done: true };
    }),
    copyText: vi.fn(async () => {}),
    openOptions: vi.fn(),
    subscribe: () => () => {},
  };
  const controller = createPopupController(client);
  render(<Popup controller={controller} />);
  void controller.refresh();
  return { client, controller };
}

describe('frames from other origins in the popup', () => {
  it('turning the site on asks for the frame of the message box in the same request, and says so first', async () => {
    const { client } = mockPopup(false, [{ origin: VENDOR, reachable: false }]);
    await screen.findByText(/The message box may be in a frame from messages\.vendor\.example/);
    fireEvent.click(screen.getByRole('switch', { name: 'Check messages on this site' }));
    await waitFor(() => expect(client.setSiteEnabled).toHaveBeenCalledWith(SITE, true, [VENDOR]));
  });

  it('on an enabled site, names the frame the checker cannot reach and grants it with one button', async () => {
    const { client } = mockPopup(true, [
      { origin: VENDOR, reachable: false },
      { origin: 'https://ok.example', reachable: true },
    ]);
    const section = await screen.findByRole('region', { name: 'Frames not checked' });
    expect(section.textContent).toContain('a frame from messages.vendor.example that the checker cannot reach yet');
    expect(section.textContent).not.toContain('ok.example');
    fireEvent.click(screen.getByRole('button', { name: 'Check messages in messages.vendor.example too' }));
    await waitFor(() =>
      expect(client.allowFrameOrigins).toHaveBeenCalledWith([VENDOR], { id: 3, url: `${SITE}/inbox` }),
    );
    await screen.findByText(`Checking messages in the frame from ${VENDOR} too.`);
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Frames not checked' })).toBeNull());
  });

  it('says nothing when every frame is reached', async () => {
    mockPopup(true, [{ origin: VENDOR, reachable: true }]);
    await screen.findByRole('switch', { name: 'Check messages on this site' });
    expect(screen.queryByText(/frame/)).toBeNull();
  });
});

describe('frame-access helpers', () => {
  it('keeps only well-formed http(s) origins from what the tab answered, at most five', () => {
    expect(
      validFrameOrigins([VENDOR, 'javascript:alert(1)', 'https://a.example/path', 7, VENDOR, 'http://b.example']),
    ).toEqual([VENDOR, 'http://b.example']);
    expect(validFrameOrigins('https://a.example')).toEqual([]);
    const many = Array.from({ length: 9 }, (_, index) => `https://f${index}.example`);
    expect(validFrameOrigins(many)).toHaveLength(5);
  });

  it('lists hosts as a sentence and finds the unreachable ones', () => {
    expect(listHosts(['https://a.example'])).toBe('a.example');
    expect(listHosts(['https://a.example', 'https://b.example:8443', 'http://c.example'])).toBe(
      'a.example, b.example:8443 and c.example',
    );
    expect(
      unreachableOrigins([
        { origin: 'https://a.example', reachable: true },
        { origin: 'https://b.example', reachable: false },
      ]),
    ).toEqual(['https://b.example']);
  });
});
