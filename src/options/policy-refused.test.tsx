// @vitest-environment happy-dom
/**
 * Hostile settings in the options page (docs/security.md): a policy value the checker refuses (a
 * javascript: terms URL) is not used or locked, and the page says which and why.
 */
import { cleanup, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, expect, it, vi } from 'vitest';

vi.mock('../shared/browser', () => ({ browser: {} }));

import {
  exportSettings,
  importSettings,
  loadSettings,
  onSettingsChanged,
  resetSettings,
  saveSettings,
  setSettingsStorage,
} from '../shared/settings';
import { Options } from './Options';
import { createOptionsController, type OptionsClient } from './options-store';

afterEach(() => {
  cleanup();
  setSettingsStorage(undefined);
});

it('says a refused policy value was not used, and leaves the field to the firm', async () => {
  const sync: Record<string, unknown> = { settingsVersion: 1, termsUrl: 'https://hartwelldiaz.com/sms-terms' };
  const area = (data: Record<string, unknown>) => ({
    get: async () => structuredClone(data),
    set: async (items: Record<string, unknown>) => void Object.assign(data, items),
    remove: async () => {},
  });
  setSettingsStorage({
    sync: area(sync),
    local: area({}),
    managed: { get: async () => ({ termsUrl: 'javascript:alert(document.cookie)', firmName: 'Hartwell & Diaz' }) },
  });
  const client: OptionsClient = {
    load: loadSettings,
    save: saveSettings,
    importFile: importSettings,
    reset: resetSettings,
    exportText: exportSettings,
    download: vi.fn(),
    subscribe: onSettingsChanged,
    checkTermsPage: async () => {
      throw new Error('the terms page is not checked here');
    },
    missingSiteAccess: async () => [],
    requestSiteAccess: async () => true,
    confirm: () => true,
  };
  const controller = createOptionsController(client);
  render(<Options controller={controller} version="0.1.0" />);
  await controller.load();
  const notice = await waitFor(() => screen.getByRole('region', { name: 'Refused organization settings' }));
  expect(notice.textContent).toContain('termsUrl: The terms page must start with https://');
  const terms = screen.getByLabelText('Messaging terms URL') as HTMLInputElement;
  expect(terms.value).toBe('https://hartwelldiaz.com/sms-terms');
  expect(terms.disabled).toBe(false);
  expect((screen.getByLabelText('Firm name') as HTMLInputElement).disabled).toBe(true);
});
