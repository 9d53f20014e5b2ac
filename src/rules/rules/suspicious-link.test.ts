import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRule } from '../engine';
import { withDefaults } from '../settings';
import { runRuleTests } from '../testing/rule-tester';
import { editDistanceWithin } from '../text/edit-distance';
import type { Severity } from '../types';
import rule, { imitatedFirmDomain, skeletonOf } from './suspicious-link';

const FIRM = { firmDomains: ['hartwelldiaz.com'] };

/** The text's only finding, of `messageId` and `severity`, over exactly `part` (a host or a link). */
function expectOnlyFindingOver(text: string, part: string, messageId: string, severity: Severity): void {
  const start = text.indexOf(part);
  expect(
    checkRule(rule, text, FIRM).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
  ).toEqual([{ messageId, severity, start, end: start + part.length }]);
}
const REMOVE = ['Remove this link'];

/** A message whose one link `link` is reported as `messageId`, an error with the remove suggestion. */
function linkError(text: string, link: string, messageId: string) {
  const start = text.indexOf(link);
  return {
    text,
    settings: FIRM,
    findings: [{ messageId, start, end: start + link.length, severity: 'error' as const, fixLabels: REMOVE }],
  };
}

const OFF_BRAND = 'USPS: your parcel is on hold. Confirm your address at parcelcare.net/track';
const ABUSED = 'Your parcel is held at our depot. Pay the fee at pkgtrack.top';
const offBrandFinding = {
  messageId: 'offBrandLink',
  start: OFF_BRAND.indexOf('parcelcare'),
  end: OFF_BRAND.length,
  severity: 'warning' as const,
  fixLabels: REMOVE,
};

runRuleTests(rule, {
  valid: [
    // A brand's own hosts, and names that only contain a brand inside another word.
    { text: 'Track it at https://tools.usps.com/go/TrackConfirmAction', settings: FIRM },
    { text: 'Lunch at applebees.com or upstate-law.com or discovery.com', settings: FIRM },
    // Spanish-language Red Cross and a Texas gas utility on their own sites, or a brand inside another word.
    { text: 'Done en https://www.redcross.org/cruz-roja o https://www.cruzroja.es', settings: FIRM },
    { text: 'Pague en https://www.atmosenergy.com o visite cruzrojamexicana.org.mx', settings: FIRM },
    { text: 'File at https://www.irs.gov/payments and https://ssa.gov/myaccount', settings: FIRM },
    { text: 'Pay the court fine at https://pay.txcourts.gov/claim-refund', settings: FIRM },
    { text: 'See the listing at https://www.zillow.com/homedetails/123 and amwater.com/billing', settings: FIRM },
    { text: 'Forms: https://client-portal.example-vendor.com/login', settings: FIRM },

    {
      text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Details: https://portal.hartwelldiaz.com/h/3141',
      settings: FIRM,
    },
    { text: 'Hartwell & Diaz: court forms are at https://www.uscourts.gov/forms', settings: FIRM },
    { text: 'Pay at https://pay.hartwelldiaz.com:8443/inv/2231', settings: FIRM, name: 'firm link with a port' },
    { text: 'Email mailto:intake@hartwelldiaz.com with questions', settings: FIRM, name: 'mailto is not suspicious' },
    { text: 'Your portal: hartwelldiaz.mycase.com', settings: FIRM, name: "a vendor's portal named after the firm" },
    {
      text: 'Hartwell & Diaz, see hartwelldiaz.law/faq',
      settings: { firmDomains: ['hartwelldiaz.com', 'hartwelldiaz.law'] },
    },
    {
      text: 'See harvard.edu and hartford.com and diaz.com',
      settings: FIRM,
      name: 'different names are not look-alikes',
    },
    {
      text: 'See hd.net/x',
      settings: { firmDomains: ['hd.law'] },
      name: 'short labels on another TLD are not compared',
    },
    {
      text: 'Our German office: https://anwälte-hartwell.de/kontakt',
      settings: { firmDomains: ['anwälte-hartwell.de'] },
      name: "the firm's own IDN domain",
    },
    { text: 'Status: http://10.0.0.7/status', settings: { approvedDomains: ['10.0.0.7'] }, name: 'an approved IP' },
    { text: 'Verify at https://hartwe11diaz.com/login', name: 'no firm domains: no look-alike check' },
    'Version 3.14 of the form, due 12.5.2025, is attached.',
    'Hi James, the hearing is at 9am. Reply STOP to opt out.',
    // A brand named with its own site, or a brand named without a demand to act, is no disguise.
    'USPS: your parcel is on hold. Confirm your address at https://tools.usps.com/redelivery',
    'Your Amazon refund receipt is at https://receipts.example.org/4471 for the small-claims file.',
    // Brands named about the client's case: statements to gather for a bankruptcy.
    'Please download your Chase statements for the bankruptcy and upload them at https://clientfiles.example.com',
    // Such a domain without a lure and a demand is only off the firm's domain (another rule's business).
    'Hartwell & Diaz: your hearing notice is at courtinfo.live/case/4471',
    // Spanish
    {
      name: 'Spanish legal-aid hosts with one scam word are not scam-shaped',
      text: 'Hartwell & Diaz: Información en ayuda-legal-gratis.org y reclamar-deposito.org.',
    },
    {
      text: 'Hartwell & Diaz: Revise su caso en https://portal.hartwelldiaz.com/caso. ¿Preguntas? Llámenos.',
      settings: FIRM,
    },
    {
      name: 'a brand named for the case in Spanish',
      text: 'Hartwell & Diaz: Descargue sus estados de cuenta de Chase para la bancarrota y súbalos en https://hartwelldiaz.com/subir.',
      settings: FIRM,
    },
    {
      text: 'Hartwell & Diaz: Su audiencia de asilo fue aprobada. Detalles en https://www.uscis.gov/es.',
      settings: FIRM,
    },
  ],
  invalid: [
    linkError('USPS: update your address at usps-redelivery.info', 'usps-redelivery.info', 'brandImpersonation'),
    linkError('Corte de gas: pague en atmos-pago-seguro.net', 'atmos-pago-seguro.net', 'brandImpersonation'),
    linkError('Done hoy en cruzroja-ayuda.org', 'cruzroja-ayuda.org', 'brandImpersonation'),
    linkError(
      'Log in at https://chase-verify-secure.com/login',
      'https://chase-verify-secure.com/login',
      'brandImpersonation',
    ),
    linkError('Your order: amzn-delivery-help.com/track', 'amzn-delivery-help.com/track', 'brandImpersonation'),
    linkError('Pay your toll at ezpass-tolls.com now', 'ezpass-tolls.com', 'brandImpersonation'),
    // A water utility's and a listing site's names on hosts they do not own.
    linkError('Your water bill: amwater-pay.net', 'amwater-pay.net', 'brandImpersonation'),
    linkError('Hold the unit at zillow-deposit.com today', 'zillow-deposit.com', 'brandImpersonation'),
    linkError('Track it: usps.com-trackhelp.top/p', 'usps.com-trackhelp.top/p', 'brandImpersonation'),
    linkError('Refund: https://uspsredelivery.net', 'https://uspsredelivery.net', 'brandImpersonation'),
    linkError('Claim it at bonus-claim-now.net', 'bonus-claim-now.net', 'scamShapedHost'),
    // The text names a brand and asks the reader to act, but links to a site the brand does not own.
    { ...linkError(OFF_BRAND, 'parcelcare.net/track', 'offBrandLink'), findings: [offBrandFinding] },
    // A most-abused top-level domain in a text with a scam's lure and demand.
    {
      text: ABUSED,
      findings: [
        {
          messageId: 'abusedTld',
          start: ABUSED.indexOf('pkgtrack'),
          end: ABUSED.length,
          severity: 'warning' as const,
          fixLabels: REMOVE,
        },
      ],
    },
    linkError('Verify at secure-verify.top', 'secure-verify.top', 'scamShapedHost'),
    {
      text: 'Hartwell & Diaz: verify your account at https://hartwe11diaz.com/login',
      settings: FIRM,
      findings: [{ messageId: 'lookAlike', start: 40, end: 70, severity: 'error', fixLabels: REMOVE }],
      suggestionOutputs: ['Hartwell & Diaz: verify your account at'],
    },
    {
      text: 'Your case file: http://192.168.4.20/case/5521',
      findings: [{ messageId: 'ipAddress', start: 16, end: 45, fixLabels: REMOVE }],
      suggestionOutputs: ['Your case file:'],
    },
    {
      name: 'IPv6 host with a port',
      text: 'Portal https://[2001:db8::1]:8443/case here',
      findings: [{ messageId: 'ipAddress', start: 7, end: 38 }],
      suggestionOutputs: ['Portal here'],
    },
    {
      name: "the firm's domain worn as a subdomain",
      text: 'Docs: https://hartwelldiaz.com.evil.io/login now',
      settings: FIRM,
      findings: [{ messageId: 'lookAlike', start: 6, end: 44 }],
      suggestionOutputs: ['Docs: now'],
    },
    {
      name: "the firm's domain worn as a subdomain, bare",
      text: 'Your login: hartwelldiaz.com.evil.io',
      settings: FIRM,
      findings: [{ messageId: 'lookAlike', start: 12, end: 36 }],
    },
    {
      name: "the firm's name inside another domain",
      text: 'Pay now at hartwelldiaz-secure.com/pay',
      settings: FIRM,
      findings: [{ messageId: 'lookAlike', start: 11, end: 38 }],
    },
    {
      name: 'user:password@ in the link',
      text: 'Sign at https://admin:secret@portal.hartwelldiaz.com/sign today',
      settings: FIRM,
      findings: [{ messageId: 'credentials', start: 8, end: 57 }],
      suggestionOutputs: ['Sign at today'],
    },
    {
      name: 'ftp scheme',
      text: 'Your file: ftp://files.hartwelldiaz.com/case.pdf',
      settings: FIRM,
      findings: [{ messageId: 'nonWebScheme', start: 11, end: 48 }],
    },
    {
      name: 'file scheme',
      text: 'Open file:///C:/cases/5521.pdf to read it',
      findings: [{ messageId: 'nonWebScheme', start: 5, end: 30 }],
      suggestionOutputs: ['Open to read it'],
    },
    {
      name: 'javascript scheme',
      text: 'Click javascript:alert(1) now',
      findings: [{ messageId: 'nonWebScheme', start: 6, end: 25 }],
    },
    {
      name: 'data scheme',
      text: 'See data:text/html,hello please',
      findings: [{ messageId: 'nonWebScheme', start: 4, end: 24 }],
    },
    {
      name: 'punycode host',
      text: 'Login: xn--hartwelldaz-8kb.com/login',
      settings: FIRM,
      findings: [{ messageId: 'punycode', start: 7, end: 36 }],
    },
    {
      name: 'non-ASCII host',
      text: 'Login: hartwelldíaz.com/login',
      findings: [{ messageId: 'nonAsciiHost', start: 7, end: 29 }],
    },
    {
      name: 'vv for w, same name on another TLD, and a typo-squat',
      text: 'Visit hartvvelldiaz.com or hartwelldiaz.net or harnwelldiaz.com.',
      settings: FIRM,
      findings: [
        { messageId: 'lookAlike', start: 6, end: 23 },
        { messageId: 'lookAlike', start: 27, end: 43 },
        { messageId: 'lookAlike', start: 47, end: 63 },
      ],
      suggestionOutputs: [
        'Visit or hartwelldiaz.net or harnwelldiaz.com.',
        'Visit hartvvelldiaz.com or or harnwelldiaz.com.',
        'Visit hartvvelldiaz.com or hartwelldiaz.net or.',
      ],
    },
    {
      name: 'capital I for l on a .law TLD, in parentheses',
      text: '(login: hartwelIdiaz.law/x)',
      settings: FIRM,
      findings: [{ messageId: 'lookAlike', start: 8, end: 26 }],
    },
    {
      name: 'upper-case look-alike with a scheme, trailing period',
      text: 'Status at HTTP://HARTWE11DIAZ.COM/STATUS.',
      settings: FIRM,
      findings: [{ messageId: 'lookAlike', start: 10, end: 40 }],
    },
    {
      name: 'credentials win even on a firm host',
      text: 'Sign at https://admin:secret@portal.hartwelldiaz.com/sign today',
      settings: { firmDomains: ['hartwelldiaz.com'], approvedDomains: ['hartwelldiaz.com'] },
      findings: [{ messageId: 'credentials', start: 8, end: 57 }],
    },
    // Spanish
    {
      name: 'a Spanish scam-shaped host',
      text: 'Reclame su premio en premio-reclamar-ya.net',
      findings: [{ messageId: 'scamShapedHost', start: 21, end: 43, severity: 'error' }],
    },
    {
      text: 'Pague su multa de peaje en peaje-pago-ya.com',
      findings: [{ messageId: 'scamShapedHost', start: 27, end: 44 }],
    },
    {
      text: 'USPS: actualice su dirección en usps-entregas.info',
      findings: [{ messageId: 'brandImpersonation', start: 32, end: 50, severity: 'error', fixLabels: REMOVE }],
    },
    {
      name: 'a brand named in Spanish with a demand and an off-brand link',
      text: 'USPS: su paquete está retenido. Confirme su dirección en entregacorreo.net/rastreo',
      findings: [{ messageId: 'offBrandLink', start: 57, end: 82, severity: 'warning' }],
    },
    {
      name: 'a brand named with "renew" as the demand and an off-brand link',
      text: 'DMV: your registration is due. Renew now at renewals-center.net',
      findings: [{ messageId: 'offBrandLink', start: 44, end: 63, severity: 'warning' }],
    },
    {
      name: 'a most-abused TLD with a Spanish lure and demand',
      text: 'Su paquete está retenido en nuestro depósito. Pague la tarifa en pkgtrack.top',
      findings: [{ messageId: 'abusedTld', start: 65, end: 77, severity: 'warning' }],
    },
  ],
});

describe('look-alike detection', () => {
  const settings = withDefaults(FIRM);

  it.each([
    'hartwe11diaz.com',
    'hartwel1diaz.com',
    'hartwelldiaz.co',
    'hartwelldiaz.law',
    'hartwelldiaz.legal',
    'hartwelldiaz.attorney',
    'hartwe1ldiaz.net',
    'hartwell-diaz.com',
    'hartwelldlaz.com',
    'hartwe11d1az.com',
    'hartwelldaiz.com',
    'hartwellldiaz.com',
    'hartweldiaz.com',
    'hartvvelldiaz.com',
    'secure-hartwelldiaz.com',
    'myhartwelldiaz.net',
    'hartwelldiaz.com.evil.io',
    'login.hartwelldiaz.com.account-check.net',
  ])('%s imitates hartwelldiaz.com', (host) => {
    expect(imitatedFirmDomain(host, settings)).toBe('hartwelldiaz.com');
  });

  it.each([
    'harvard.edu',
    'hartford.com',
    'diaz.com',
    'wellsfargo.com',
    'uscourts.gov',
    'hartwelldiaz.mycase.com',
    'bit.ly',
  ])('%s is not a look-alike', (host) => {
    expect(imitatedFirmDomain(host, settings)).toBeUndefined();
  });

  it('folds confusable characters', () => {
    expect(skeletonOf('Hartwe11-Diaz')).toBe(skeletonOf('hartwelldiaz'));
    expect(skeletonOf('rnorgan0')).toBe(skeletonOf('morgano'));
    expect(skeletonOf('vva5h')).toBe(skeletonOf('wash'));
  });

  it('bounds the edit distance, counting a swap as one edit', () => {
    expect(editDistanceWithin('hartwelldiaz', 'hartwelldaiz', 1)).toBe(true);
    expect(editDistanceWithin('hartwelldiaz', 'hartweldiaz', 1)).toBe(true);
    expect(editDistanceWithin('hartwelldiaz', 'hartwelldiazz', 1)).toBe(true);
    expect(editDistanceWithin('hartwelldiaz', 'hartfordlaw', 2)).toBe(false);
    expect(editDistanceWithin('', '', 0)).toBe(true);
  });

  it('edit distance agrees with a plain reference implementation', () => {
    const reference = (a: string, b: string): number => {
      const rows = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++) {
        for (let j = 1; j <= b.length; j++) {
          const row = rows[i] as number[];
          const above = rows[i - 1] as number[];
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          row[j] = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
            row[j] = Math.min(row[j] as number, ((rows[i - 2] as number[])[j - 2] as number) + 1);
          }
        }
      }
      return (rows[a.length] as number[])[b.length] as number;
    };
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 3 }), (a, b, limit) => {
        expect(editDistanceWithin(a, b, limit)).toBe(reference(a, b) <= limit);
      }),
    );
  });
});

describe('suspicious-link messages', () => {
  it('names the look-alike host and the real firm domain', () => {
    const [finding] = checkRule(rule, 'Verify at hartwe11diaz.com/login', FIRM);
    expect(finding?.message).toContain('hartwe11diaz.com looks like your firm');
    expect(finding?.message).toContain('hartwelldiaz.com');
  });

  it('names the scheme', () => {
    expect(checkRule(rule, 'Open ftp://x.example.com/a')[0]?.message).toContain('This ftp: link');
  });
});

describe('suspicious-link: state toll programs and HUD', () => {
  it.each([
    ['Settle your toll at ncquickpass-pay.com today.', 'ncquickpass-pay.com'],
    ['PikePass balance due: pikepass-billing.net', 'pikepass-billing.net'],
    ['Join the voucher waitlist at hud-housing-apply.org', 'hud-housing-apply.org'],
  ])('%s', (text, host) => {
    expectOnlyFindingOver(text, host, 'brandImpersonation', 'error');
  });

  it.each([
    'Pay at https://www.ncquickpass.com/pay and see https://www.hud.gov/topics/housing_choice_voucher_program_section_8',
    'The huddle-room booking is at huddleroom.com',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, FIRM)).toEqual([]);
  });
});

describe('suspicious-link: drugmakers and pharmacy chains, and the tech-support alarm', () => {
  it.each([
    // A rogue pharmacy wearing a drugmaker's or a chain's name (FDA BeSafeRx).
    ['Refill your Ozempic today at ozempic-direct.shop', 'ozempic-direct.shop'],
    ['Walgreens: your Rx is ready. Confirm your refill at walgreens-refill.net', 'walgreens-refill.net'],
    ['Generic pills from the maker: pfizer-rx-outlet.com', 'pfizer-rx-outlet.com'],
  ])('%s', (text, host) => {
    expectOnlyFindingOver(text, host, 'brandImpersonation', 'error');
  });

  it('flags a spyware alarm that sends the reader to a host on an abused top-level domain', () => {
    const text = 'Virus alert: spyware found on your laptop. Install the cleaner at pc-shield.help';
    const start = text.indexOf('pc-shield.help');
    expect(
      checkRule(rule, text, FIRM).map(({ messageId, severity, start, end }) => ({ messageId, severity, start, end })),
    ).toEqual([{ messageId: 'abusedTld', severity: 'warning', start, end: start + 'pc-shield.help'.length }]);
  });

  it.each([
    // The chains' and makers' own sites, CVS's own short links, a settlement site, a breach in a case.
    'Hartwell & Diaz: order your records at https://www.cvs.com/records or https://www.lillydirect.com/account.',
    'Hartwell & Diaz: the pharmacy link is https://cvs.co/rx and the savings card is at https://www.ozempic.com/savings',
    'Hartwell & Diaz: the Pfizer settlement site is pfizersettlement.com',
    "Hartwell & Diaz: St. Mary's says a malware attack exposed patient records. Their notice is at stmarys.help/notice. We will add it to your class action claim.",
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, FIRM)).toEqual([]);
  });
});

describe('suspicious-link: the banks of Spanish-speaking clients, and a domain ending shown mid-host', () => {
  it.each([
    // A fake fraud alert wearing a Mexican or Puerto Rican bank's name on someone else's domain.
    ['Santander: cargo de $1,240 no reconocido. Cancele en santander-aclaraciones.info', 'santander-aclaraciones.info'],
    ['Banorte: su token fue bloqueado. Reactívelo en banorte.soporte-clientes.com', 'banorte.soporte-clientes.com'],
    ['Banco Popular: verify your card at bancopopular-alerts.net', 'bancopopular-alerts.net'],
  ])('%s', (text, host) => {
    expectOnlyFindingOver(text, host, 'brandImpersonation', 'error');
  });

  it.each([
    // Any name before a ".com" that is not the domain's ending: the real domain follows it.
    ['Your listing deposit is due: https://zumper.com-secure-pay.net/hold', 'https://zumper.com-secure-pay.net/hold'],
    ['Renueve su póliza en seguros.com-renovacion.site/pago', 'seguros.com-renovacion.site/pago'],
    ['Pay the invoice at billing.example.com.invoice-center.io/pay', 'billing.example.com.invoice-center.io/pay'],
  ])('%s', (text, link) => {
    expectOnlyFindingOver(text, link, 'disguisedDomain', 'error');
  });

  it.each([
    // The banks' own sites, a country-code ".com.mx", and hosts with "com" inside a word.
    'Hartwell & Diaz: descargue sus estados de cuenta en https://www.bbva.mx o https://www.santander.com.mx',
    'Hartwell & Diaz: the Banco Popular statement is at https://www.popular.com/en/statements',
    'Hartwell & Diaz: the court e-filing site is https://efile.txcourts.gov and records at www.comcast.com',
    'Hartwell & Diaz: the agency page is https://portal.community-legal.org/help',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, FIRM)).toEqual([]);
  });
});

describe('suspicious-link: the name the text opens with, on another domain (FTC, FBI IC3)', () => {
  it.each([
    [
      'senderOnOtherDomain',
      'Austin Energy: your service will be cut at 5 pm. Pay at austinenergy.pago-rapido.net',
      'austinenergy.pago-rapido.net',
    ],
    [
      'senderOnOtherDomain',
      'Fibranet: su factura está vencida. Pague en fibranet.cuenta-aviso.com',
      'fibranet.cuenta-aviso.com',
    ],
    // The name with a lure word hyphened on, in the subdomain.
    [
      'senderOnOtherDomain',
      'Lone Star Gas: your service ends today. Pay the balance at lonestargas-pages.meter-view.net',
      'lonestargas-pages.meter-view.net',
    ],
    [
      'senderOnOtherDomain',
      'Telcel: su cuenta será suspendida hoy. Reactívela en telcel-soporte.aviso-clientes.com',
      'telcel-soporte.aviso-clientes.com',
    ],
  ])('%s: %s', (messageId, text, host) => {
    const start = text.indexOf(host);
    expect(checkRule(rule, text, FIRM).map(({ messageId, start, end }) => ({ messageId, start, end }))).toEqual([
      { messageId, start, end: start + host.length },
    ]);
  });

  it.each([
    // A company's own site, the firm's own name on its file-sharing subdomain, and a name on a plain
    // (unhyphenated) platform.
    'Austin Energy: your outage report is logged at https://austinenergy.com/outages',
    'Hartwell & Diaz: upload the photos at https://hartwelldiaz.sharefile.com/upload',
    'Acme Realty: the listing photos are at https://acmerealty.myportfolio.com',
    // The name's letters starting a longer word, and a hyphened label on the company's own domain.
    'Acme Realty: see the open house at https://acmerealtygroup-events.sign-up.com',
    'Austin Energy: rebates are listed at https://austinenergy-rebates.austinenergy.com',
  ])('no finding: %s', (text) => {
    expect(checkRule(rule, text, FIRM)).toEqual([]);
  });
});
