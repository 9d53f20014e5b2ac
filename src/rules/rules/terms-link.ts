import { detectLanguage } from '../language';
import { linkUrlProblem } from '../link-safety';
import { appendSentenceFix, isBlank, lastTokenRange } from '../required-text';
import { rememberRecent } from '../text/remember-last';
import type { Rule } from '../types';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\/|^\/\//i;
const TRAILING_PUNCTUATION = /[.,;:!?)\]'"”’]+$/;
const DEFAULT_PORT = /:(?:80|443)$/;

/**
 * A URL reduced to what identifies the page: no scheme, no "www.", host in lower case, no default
 * port, no fragment, no trailing slash or sentence punctuation. The path keeps its case: servers
 * may treat /Terms and /terms as different pages.
 */
export function normalizeTermsUrl(url: string): string {
  const bare = url.trim().replace(TRAILING_PUNCTUATION, '').replace(SCHEME, '');
  const withoutFragment = bare.split('#')[0] ?? '';
  const hostEnd = withoutFragment.search(/[/?]/);
  const authority = hostEnd < 0 ? withoutFragment : withoutFragment.slice(0, hostEnd);
  let rest = hostEnd < 0 ? '' : withoutFragment.slice(hostEnd);
  const host = authority
    .slice(authority.lastIndexOf('@') + 1)
    .toLowerCase()
    .replace(/^www\./, '')
    .replace(DEFAULT_PORT, '')
    .replace(/\.$/, '');
  const queryStart = rest.indexOf('?');
  const path = queryStart < 0 ? rest : rest.slice(0, queryStart);
  const query = queryStart < 0 ? '' : rest.slice(queryStart);
  rest = path.replace(/\/+$/, '') + (query === '?' ? '' : query);
  return host + rest;
}

/** normalizeTermsUrl for the message's links, remembered for the links seen lately: a long paste repeats them. */
const normalizedLinkUrl = rememberRecent(normalizeTermsUrl);

// The configured URL changes rarely; lint() runs on every keystroke.
let cachedTermsUrl = '';
let cachedNormalized = '';
let cachedProblem: string | undefined;

function refreshCache(termsUrl: string): void {
  if (termsUrl === cachedTermsUrl) return;
  cachedTermsUrl = termsUrl;
  cachedNormalized = normalizeTermsUrl(termsUrl);
  cachedProblem = linkUrlProblem(termsUrl, 'terms page');
}

function normalizedSetting(termsUrl: string): string {
  refreshCache(termsUrl);
  return cachedNormalized;
}

/**
 * Why the configured URL may not go into a message (link-safety.ts: a javascript: or data: URL, plain
 * http, a shortener...), or undefined. Settings are checked when read, but the rules also run on
 * settings from elsewhere (the CLI, a test, an older stored value): no fix ever inserts such a URL.
 */
function settingProblem(termsUrl: string): string | undefined {
  refreshCache(termsUrl);
  return cachedProblem;
}

/*
 * Only first messages must link the terms: the invitation is where the client learns what they
 * are signing up for. The finding underlines the last token, where the fix appends the link
 * (see required-text.ts for why missing things point there).
 */
const rule: Rule = {
  id: 'terms-link',
  meta: {
    category: 'compliance',
    defaultSeverity: 'error',
    description: "Requires a first message to link the firm's messaging terms page.",
    why: 'Carriers review first messages for a link to the terms the client agreed to (how often texts come, that rates may apply, how to stop); without it the campaign looks like unsolicited texting.',
    messages: {
      missing:
        'This first message does not link your messaging terms ({termsUrl}), and carriers expect the invitation to show what the client agreed to. Add the link.',
      // In Spanish, as the other first-message findings of a Spanish message are, with the English gist.
      missingEs:
        'Este primer mensaje no enlaza los términos de sus mensajes ({termsUrl}), y los operadores esperan que la invitación muestre lo que el cliente aceptó. Agregue "Términos: {termsUrl}". (No link to your messaging terms.)',
      noTermsUrl:
        "Your firm's terms URL is not set, so this first message cannot be checked, and carriers expect first messages to link the firm's messaging terms. Set the terms URL in the options.",
      unsafeTermsUrl:
        "Your firm's terms URL cannot go into a message ({reason}), so no link is added, and carriers expect first messages to link the firm's messaging terms. Correct the terms URL in the options.",
    },
    fixable: 'safe',
    examples: {
      valid: [
        {
          text: 'Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms',
          settings: { termsUrl: 'https://hartwelldiaz.com/sms-terms' },
          firstMessage: true,
        },
        {
          text: 'Hi Maria, your hearing moved to 3/14 at 9am.',
          settings: { termsUrl: 'https://hartwelldiaz.com/sms-terms' },
        },
      ],
      invalid: [
        {
          text: 'Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out.',
          settings: { termsUrl: 'https://hartwelldiaz.com/sms-terms' },
          firstMessage: true,
          output:
            'Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms',
        },
        { text: 'Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out.', firstMessage: true },
        {
          text: 'Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out.',
          settings: { termsUrl: 'javascript:alert(document.cookie)' },
          firstMessage: true,
        },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    if (!context.firstMessage || isBlank(message.text)) return;
    // In a template, the merge field the firm fills with its terms link counts as the link.
    const placeholder = settings.termsPlaceholder.trim();
    if (placeholder !== '' && message.placeholders.some((field) => field.text === placeholder)) return;
    const range = lastTokenRange(message.text);
    if (range === null) return;
    const termsUrl = settings.termsUrl.trim();
    if (termsUrl === '') {
      context.report({ messageId: 'noTermsUrl', start: range.start, end: range.end });
      return;
    }
    const wanted = normalizedSetting(termsUrl);
    if (message.links.some((link) => normalizedLinkUrl(link.raw) === wanted)) return;
    const problem = settingProblem(termsUrl);
    if (problem !== undefined) {
      // Neither the URL (it may be a script) nor a fix that would insert it.
      context.report({ messageId: 'unsafeTermsUrl', data: { reason: problem }, start: range.start, end: range.end });
      return;
    }
    // In the message's language: "Términos: <url>" in a Spanish message.
    const inSpanish = detectLanguage(message.text, message.words, settings.language).language === 'es';
    context.report({
      messageId: inSpanish ? 'missingEs' : 'missing',
      data: { termsUrl },
      start: range.start,
      end: range.end,
      fixes: [
        appendSentenceFix(message.text, `${inSpanish ? 'Términos' : 'Terms'}: ${termsUrl}`, 'Add the terms link', true),
      ],
    });
  },
};

export default rule;
