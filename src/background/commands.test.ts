import { describe, expect, it, vi } from 'vitest';
import type { SiteEnabledBy } from '../shared/settings-schema';
import { type CommandApis, runCommand } from './commands';

function fakeApis(overrides: Partial<CommandApis> = {}): CommandApis & { calls: string[] } {
  const calls: string[] = [];
  const apis: CommandApis = {
    activeTab: async () => ({ id: 7, url: 'https://portal.example.com/inbox' }),
    openCard: async () => true,
    fixAll: async () => ({ applied: true, text: 'fixed' }),
    siteEnabledBy: async () => null,
    hasAccess: async () => true,
    requestAccess: async () => true,
    setSiteEnabled: async (origin, enabled) => {
      calls.push(`setSiteEnabled ${origin} ${enabled}`);
    },
    syncSiteScripts: async () => {
      calls.push('sync');
    },
    openPopup: async () => {
      calls.push('openPopup');
    },
    ...overrides,
  };
  return Object.assign(apis, { calls });
}

const tab = { id: 3, url: 'https://portal.example.com/messages' };

describe('keyboard commands', () => {
  it('open-card opens the card of the field in use, or says there is none', async () => {
    const openCard = vi.fn(async () => true);
    expect(await runCommand('open-card', tab, fakeApis({ openCard }))).toBe('card-opened');
    expect(openCard).toHaveBeenCalledWith(3);
    expect(await runCommand('open-card', tab, fakeApis({ openCard: async () => false }))).toBe('no-field');
    // No checker in the tab answers: nothing to open, and no error escapes to the console.
    const unreachable = fakeApis({ openCard: () => Promise.reject(new Error('no receiver')) });
    expect(await runCommand('open-card', tab, unreachable)).toBe('no-field');
  });

  it('fix-all applies the safe fixes, and tells a field with nothing to fix from no field', async () => {
    expect(await runCommand('fix-all', tab, fakeApis())).toBe('fixed');
    expect(await runCommand('fix-all', tab, fakeApis({ fixAll: async () => ({ applied: false, text: 'x' }) }))).toBe(
      'nothing-to-fix',
    );
    expect(await runCommand('fix-all', tab, fakeApis({ fixAll: async () => null }))).toBe('no-field');
  });

  it('takes the active tab when the browser passes none', async () => {
    const openCard = vi.fn(async () => true);
    await runCommand('open-card', undefined, fakeApis({ openCard }));
    expect(openCard).toHaveBeenCalledWith(7);
  });

  it.each<[SiteEnabledBy, boolean, boolean, string, string[]]>([
    [null, true, true, 'site-on', ['setSiteEnabled https://portal.example.com true', 'sync']],
    [null, false, true, 'site-on', ['setSiteEnabled https://portal.example.com true', 'sync']],
    [null, false, false, 'popup-opened', ['openPopup']],
    ['user', true, true, 'site-off', ['setSiteEnabled https://portal.example.com false', 'sync']],
    ['portalSites', true, true, 'site-set-by-firm', []],
    ['demo', true, true, 'site-set-by-firm', []],
  ])(
    'toggle-site on a site enabled by %s (access %s, granted on request %s): %s',
    async (enabledBy, access, granted, outcome, calls) => {
      const apis = fakeApis({
        siteEnabledBy: async () => enabledBy,
        hasAccess: async () => access,
        requestAccess: async () => granted,
      });
      expect(await runCommand('toggle-site', tab, apis)).toBe(outcome);
      expect(apis.calls).toEqual(calls);
    },
  );

  it('does nothing on a page that is not a web page, or for an unknown command', async () => {
    expect(await runCommand('toggle-site', { id: 1, url: 'chrome://extensions/' }, fakeApis())).toBe('not-a-web-page');
    expect(await runCommand('fix-all', undefined, fakeApis({ activeTab: async () => undefined }))).toBe(
      'not-a-web-page',
    );
    expect(await runCommand('self-destruct', tab, fakeApis())).toBe('unknown-command');
  });
});
