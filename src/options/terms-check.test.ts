import { describe, expect, it, vi } from 'vitest';
import { analyzeTermsPage, checkTermsPage, textOfHtml } from './terms-check';

const GOOD_PAGE = `<html><head><style>p{color:red}</style><script>var STOP = 1</script></head><body>
<h1>Text messaging terms</h1>
<p>By giving us your mobile number you consent to receive SMS text messages from Hartwell &amp; Diaz about your case.
Message frequency varies. Message &amp; data rates may apply. Reply STOP to opt out, HELP for help.</p></body></html>`;

describe('terms page check', () => {
  it('finds every expected statement on a good page', () => {
    expect(analyzeTermsPage(GOOD_PAGE).every((finding) => finding.found)).toBe(true);
  });

  it('ignores scripts and reports what a bare page lacks', () => {
    const findings = analyzeTermsPage('<script>STOP HELP</script><p>Our terms of service.</p>');
    expect(findings.filter((finding) => finding.found)).toEqual([]);
    expect(textOfHtml('<b>a</b>&nbsp;b')).toBe(' a b');
  });

  it('sends only a credential-less GET and reports HTTP errors and network failures', async () => {
    const fetcher = vi.fn(async () => new Response(GOOD_PAGE, { status: 200 }));
    const result = await checkTermsPage('https://hd.law/sms', fetcher as unknown as typeof fetch);
    expect(result.reachable).toBe(true);
    expect(fetcher).toHaveBeenCalledWith(
      'https://hd.law/sms',
      expect.objectContaining({ method: 'GET', credentials: 'omit' }),
    );
    const missing = await checkTermsPage(
      'https://hd.law/x',
      (async () => new Response('', { status: 404 })) as typeof fetch,
    );
    expect(missing).toMatchObject({ reachable: false, status: 404 });
    const down = await checkTermsPage('https://hd.law/x', (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch);
    expect(down.error).toMatch(/did not answer/);
  });

  it('gives up on a page that never answers, saying how long it waited, instead of checking forever', async () => {
    const silent = ((_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(init.signal?.reason));
      })) as typeof fetch;
    const result = await checkTermsPage('https://hd.law/sms', silent, { timeoutMs: 20 });
    expect(result).toMatchObject({ reachable: false, findings: [] });
    expect(result.error).toBe('The page did not answer within 1 second.');
  });
});

describe('terms page disclosures in Spanish', () => {
  it('recognises the parts the first-message rule asks for, in Spanish too', () => {
    const html =
      '<p>Mensajes de texto: Frecuencia de mensajes variable. Pueden aplicarse tarifas de mensajes y datos. Responda AYUDA para ayuda.</p>';
    const found = Object.fromEntries(analyzeTermsPage(html).map((finding) => [finding.id, finding.found]));
    expect(found).toMatchObject({ help: true, rates: true, frequency: true });
  });
});
