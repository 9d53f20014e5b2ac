import { describe, expect, it } from 'vitest';
import { brandGroupsMentioned, impersonatedBrand, isScamShapedHost } from './brands';
import { BRANDS } from './data/brands';
import { parseMessage } from './message';

describe('impersonatedBrand', () => {
  it.each([
    ['usps-redelivery.info', 'USPS'],
    ['uspsredelivery.net', 'USPS'],
    ['usps.com-trackhelp.top', 'USPS'],
    ['chase-verify-secure.com', 'Chase'],
    ['amzn-delivery-help.com', 'Amazon'],
    ['ezpass-tolls.com', 'E-ZPass'],
    ['e-zpass-tolls.com', 'E-ZPass'],
    ['irs-refund-claim.net', 'IRS'],
    ['secure.paypal.com.account-check.io', 'PayPal'],
    ['linkedin-careers-hr.com', 'LinkedIn'],
    // "gov" off .gov: only government bodies can register .gov names.
    ['flhsmv.gov-renewal.com', 'a .gov site'],
    ['govrenewal.net', 'a .gov site'],
    // Charities that disaster-relief scams imitate.
    ['redcross-wildfire-aid.org', 'American Red Cross'],
    ['unicef-relief.net', 'UNICEF'],
  ])('%s wears %s', (host, brand) => {
    expect(impersonatedBrand(host)?.name).toBe(brand);
  });

  it.each([
    'tools.usps.com',
    'www.chase.com',
    'irs.gov',
    'dmv.ca.gov',
    'e-zpassny.com',
    'applebees.com', // "apple" inside another word
    'upstate-law.com', // "ups" inside another word
    'discovery.com',
    'purchase-order.com',
    'hartwelldiaz.com',
    '192.168.1.1',
    'austintexas.gov',
    'public.govdelivery.com', // the service agencies send their notices through
    'governmentjobs.com', // "gov" only inside another word
    'www.redcross.org',
    'www.unicefusa.org',
  ])('%s wears no brand', (host) => {
    expect(impersonatedBrand(host)).toBeUndefined();
  });

  it('has brand entries with domains on real suffixes and host tokens without hyphens', () => {
    for (const brand of BRANDS) {
      for (const token of brand.hostTokens) expect(token).toMatch(/^[a-z0-9]+$/);
      for (const domain of brand.domains) expect(domain).toMatch(/^[a-z0-9.-]+\.[a-z]{2,}$/);
    }
  });
});

describe('isScamShapedHost', () => {
  it.each(['bonus-claim-now.net', 'secure-verify.top', 'refund-status-center.com', 'toll-pay.xyz'])(
    '%s is scam-shaped',
    (host) => {
      expect(isScamShapedHost(host)).toBe(true);
    },
  );

  it.each([
    'claim.com',
    'hartwelldiaz.com',
    'client-portal.example.com',
    'verify.hartwelldiaz-vendor.com',
    'efiletexas.gov',
  ])('%s is not', (host) => {
    expect(isScamShapedHost(host)).toBe(false);
  });
});

describe('brandGroupsMentioned', () => {
  it('finds groups in words and in link hosts', () => {
    expect([...brandGroupsMentioned(parseMessage('Your FedEx parcel is held'))]).toEqual(['carrier']);
    expect([...brandGroupsMentioned(parseMessage('Open uspsredelivery.net now'))]).toEqual(['carrier']);
    expect([...brandGroupsMentioned(parseMessage('Your hearing is Monday'))]).toEqual([]);
  });
});
