import { DISCLOSURE_PRESENT } from '../rules';

/**
 * What "Check terms page" looks for. Carriers reviewing a 10DLC campaign expect the public terms
 * page to say that the firm sends text messages, how consent is given, that STOP opts out and HELP
 * gets help, and (by CTIA's guidelines) message frequency and that message and data rates may apply.
 */

export interface TermsPageFinding {
  id: 'textMessages' | 'consent' | 'stop' | 'help' | 'rates' | 'frequency';
  label: string;
  found: boolean;
}

export interface TermsPageCheck {
  /** The page answered with a 2xx status. */
  reachable: boolean;
  status?: number;
  /** Why it could not be checked (network error, permission declined, not HTML). */
  error?: string;
  findings: TermsPageFinding[];
}

const EXPECTATIONS: { id: TermsPageFinding['id']; label: string; pattern: RegExp }[] = [
  {
    id: 'textMessages',
    label: 'Says the firm sends text messages (SMS)',
    pattern: /\b(sms|text messag\w*|texts?|mobile messag\w*)\b/i,
  },
  {
    id: 'consent',
    label: 'Explains consent (how clients opt in)',
    pattern: /\b(consent\w*|opt[- ]?in|agree\w*|authori[sz]\w*)\b/i,
  },
  { id: 'stop', label: 'Says "Reply STOP" opts out', pattern: /\bSTOP\b/ },
  { id: 'help', label: 'Says "Reply HELP" gets help', pattern: /\bHELP\b/ },
  {
    id: 'rates',
    label: 'Says "Message and data rates may apply"',
    pattern: /\b(msg|message)\s*(&|and)\s*data rates?\b/i,
  },
  {
    id: 'frequency',
    label: 'States how often messages are sent',
    pattern: /\b(frequency|frequent\w*|messages? per|varies|vary)\b/i,
  },
];

/** Tags and scripts out, entities decoded enough for keyword checks. Linear: no nested quantifiers. */
export function textOfHtml(html: string): string {
  return html
    .replace(/<(script|style|noscript)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/&amp;/gi, '&')
    .replace(/&quot;/gi, '"')
    .replace(/&#39;|&apos;/gi, "'")
    .replace(/\s+/g, ' ');
}

/** The first-message disclosures, as the rules recognise them in a message (English or Spanish). */
const MESSAGE_DISCLOSURE: Partial<Record<TermsPageFinding['id'], RegExp>> = {
  help: DISCLOSURE_PRESENT.help,
  rates: DISCLOSURE_PRESENT.rates,
  frequency: DISCLOSURE_PRESENT.frequency,
};

export function analyzeTermsPage(html: string): TermsPageFinding[] {
  const text = textOfHtml(html);
  return EXPECTATIONS.map(({ id, label, pattern }) => ({
    id,
    label,
    found: pattern.test(text) || (MESSAGE_DISCLOSURE[id]?.test(text) ?? false),
  }));
}

/** How long "Check terms page" waits for the page, headers and body together. */
export const TERMS_CHECK_TIMEOUT_MS = 15_000;

/**
 * Fetches the page with a plain GET and no credentials (no cookies, nothing of the user's sent),
 * then checks its wording.
 */
export async function checkTermsPage(
  url: string,
  fetcher: typeof fetch = fetch,
  { timeoutMs = TERMS_CHECK_TIMEOUT_MS }: { timeoutMs?: number } = {},
): Promise<TermsPageCheck> {
  // A server that takes the connection and never answers would leave "Checking terms page…" forever.
  const signal = AbortSignal.timeout(timeoutMs);
  const seconds = Math.max(1, Math.round(timeoutMs / 1000));
  const failed = (error: unknown): TermsPageCheck => ({
    reachable: false,
    error: signal.aborted
      ? `The page did not answer within ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`
      : `The page did not answer (${error instanceof Error ? error.message : String(error)}).`,
    findings: [],
  });
  let response: Response;
  try {
    response = await fetcher(url, {
      method: 'GET',
      credentials: 'omit',
      cache: 'no-store',
      redirect: 'follow',
      signal,
    });
  } catch (error) {
    return failed(error);
  }
  if (!response.ok) {
    return {
      reachable: false,
      status: response.status,
      error: `The page answered with HTTP ${response.status}.`,
      findings: [],
    };
  }
  let body: string;
  try {
    body = await response.text();
  } catch (error) {
    return failed(error);
  }
  return { reachable: true, status: response.status, findings: analyzeTermsPage(body) };
}
