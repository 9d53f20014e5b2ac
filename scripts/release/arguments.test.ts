import { describe, expect, it } from 'vitest';
import { portalHostPattern, portalSitesOfFirmFile, UsageError } from './arguments';

describe('portalSitesOfFirmFile', () => {
  it('takes the portal sites of a file the options page exported, as match patterns', () => {
    const file = JSON.stringify({
      settingsVersion: 1,
      firmName: 'Hartwell & Diaz',
      firmDomains: ['hartwelldiaz.com'],
      portalSites: ['https://portal.hartwelldiaz.com', 'https://*.clio.com/*'],
    });
    expect(portalSitesOfFirmFile(file, 'firm.json')).toEqual([
      'https://portal.hartwelldiaz.com/*',
      'https://*.clio.com/*',
    ]);
  });

  it('reads a file saved with a byte order mark', () => {
    expect(portalSitesOfFirmFile(`\ufeff${JSON.stringify({ portalSites: ['portal.example.com'] })}`, 'f.json')).toEqual(
      ['https://portal.example.com/*'],
    );
  });

  it.each([
    ['not JSON', '{portalSites:', /^f\.json: not valid JSON/],
    ['no portal sites', JSON.stringify({ firmName: 'Hartwell & Diaz' }), /"portalSites" must be a non-empty list/],
    [
      'a site that is not one',
      JSON.stringify({ portalSites: ['<all_urls>'] }),
      /^f\.json: not a valid firm settings file:\n {2}"portalSites"/,
    ],
    [
      'an unsafe terms link',
      JSON.stringify({ portalSites: ['portal.example.com'], termsUrl: 'javascript:alert(1)' }),
      /"termsUrl"/,
    ],
    ['an unknown key', JSON.stringify({ portalSites: ['portal.example.com'], firmNmae: 'x' }), /"firmNmae"/],
    ['a list of the wrong type', JSON.stringify({ portalSites: 'portal.example.com' }), /"portalSites"/],
  ])('refuses %s with the reason', (_name, content, message) => {
    expect(() => portalSitesOfFirmFile(content, 'f.json')).toThrow(UsageError);
    expect(() => portalSitesOfFirmFile(content, 'f.json')).toThrow(message);
  });
});

describe('portalHostPattern', () => {
  it('turns a host into the pattern the options page stores', () => {
    expect(portalHostPattern('app.example-portal.com')).toBe('https://app.example-portal.com/*');
  });

  it('refuses what is not a site', () => {
    expect(() => portalHostPattern('<all_urls>')).toThrow(UsageError);
  });
});
