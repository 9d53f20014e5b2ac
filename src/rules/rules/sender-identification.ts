import { smartEncodedText } from '../billing';
import type { Span } from '../message';
import { wordViewOf } from '../phrases';
import { firstTokenRange, visibleStart } from '../required-text';
import type { FirmSettings } from '../settings';
import type { Rule, Severity } from '../types';

/** Entity suffixes a client may leave out: "Hartwell & Diaz" identifies "Hartwell & Diaz, LLP". */
const ENTITY_SUFFIXES: ReadonlySet<string> = new Set([
  'llp',
  'llc',
  'lp',
  'pc',
  'pllc',
  'pa',
  'lpa',
  'apc',
  'aplc',
  'sc',
  'ltd',
  'inc',
  'chtd',
  'chartered',
]);

const NAME_SEPARATORS = /[^\p{L}\p{N}]+/u;
const APOSTROPHES = /['’]/g;
const POSSESSIVE = /['’]s$/;
const NON_ASCII = /[^ -~\t\n\r]/;
const MARKS = /\p{M}/gu;

/** Lower case without accents, so "Díaz" and "Diaz" match. */
function fold(text: string): string {
  const lower = text.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/**
 * A firm name as comparable tokens: case and accents folded, "&" read as "and" and "and" (Spanish
 * "y") then dropped (so "Hartwell and Diaz", "Hartwell y Diaz", "Hartwell & Diaz" and "Hartwell
 * Diaz" agree), apostrophes
 * dropped ("O'Brien" = "OBrien"), dots splitting initials like the message's words do, trailing
 * entity suffixes ("LLP", "P.C.", "PLLC") removed.
 */
/** "and" and the Spanish "y": a firm's name is the same whichever joins its partners. */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'y']);

export function firmNameTokens(name: string): string[] {
  const tokens = fold(name)
    .replace(APOSTROPHES, '')
    .split(NAME_SEPARATORS)
    .filter((token) => token !== '' && !CONJUNCTIONS.has(token));
  for (;;) {
    const last = tokens[tokens.length - 1];
    if (tokens.length > 1 && last !== undefined && ENTITY_SUFFIXES.has(last)) {
      tokens.pop();
      continue;
    }
    // "P.C." and "P.L.L.C." arrive as single letters.
    let letters = 0;
    while (letters < tokens.length - 1 && tokens[tokens.length - 1 - letters]?.length === 1) letters++;
    if (letters > 1 && ENTITY_SUFFIXES.has(tokens.slice(tokens.length - letters).join(''))) {
      tokens.length -= letters;
      continue;
    }
    return tokens;
  }
}

interface CompiledNames {
  firmName: string;
  /** Names keyed by their first token, for one Map lookup per word of the message. */
  byFirstToken: Map<string, string[][]>;
  /** The name the fix writes: the firm name, or the first alias when only aliases are set. */
  displayName: string;
}

const compiledCache = new WeakMap<readonly string[], CompiledNames>();

function compileNames(settings: FirmSettings): CompiledNames {
  const cached = compiledCache.get(settings.firmNameAliases);
  if (cached && cached.firmName === settings.firmName) return cached;
  const names = [settings.firmName, ...settings.firmNameAliases].map((name) => name.trim()).filter(Boolean);
  const byFirstToken = new Map<string, string[][]>();
  for (const name of names) {
    const tokens = firmNameTokens(name);
    const first = tokens[0];
    if (first === undefined) continue;
    const list = byFirstToken.get(first);
    if (list) list.push(tokens);
    else byFirstToken.set(first, [tokens]);
  }
  const compiled = { firmName: settings.firmName, byFirstToken, displayName: names[0] ?? '' };
  compiledCache.set(settings.firmNameAliases, compiled);
  return compiled;
}

/**
 * Whether the message's words, as name tokens (possessives and apostrophes dropped, hyphenated
 * words split), contain one of the names. The tokens are made only as far as the search has got:
 * most messages name the firm in their first words. Most words are plain lower-case ASCII and pass
 * through as they are; the text is tested for non-ASCII once, not word by word.
 */
function mentionsFirm(text: string, words: readonly Span[], byFirstToken: Map<string, string[][]>): boolean {
  const { normalized } = wordViewOf(text, words);
  const mayNeedFolding = NON_ASCII.test(text);
  let longestName = 0;
  for (const names of byFirstToken.values()) for (const name of names) longestName = Math.max(longestName, name.length);
  const tokens: string[] = [];
  let nextWord = 0;
  for (let index = 0; ; index++) {
    // Every token a name starting here could reach.
    while (tokens.length < index + longestName && nextWord < normalized.length) {
      appendTokens(normalized[nextWord++] as string, mayNeedFolding, tokens);
    }
    if (index >= tokens.length) return false;
    const candidates = byFirstToken.get(tokens[index] as string);
    if (!candidates) continue;
    for (const name of candidates) {
      let offset = 1;
      while (offset < name.length && tokens[index + offset] === name[offset]) offset++;
      if (offset === name.length) return true;
    }
  }
}

/** The name tokens of one normalized word, appended to `tokens`: none for a conjunction. */
function appendTokens(word: string, mayNeedFolding: boolean, tokens: string[]): void {
  let token = mayNeedFolding ? fold(word) : word;
  if (CONJUNCTIONS.has(token)) return;
  if (token.includes("'")) token = token.replace(POSSESSIVE, '').replace(APOSTROPHES, '');
  if (token.includes('-')) {
    for (const part of token.split('-')) if (part !== '') tokens.push(part);
  } else tokens.push(token);
}

/**
 * A message that opens with a separator (", how's the move?", "- your hearing moved", the separator followed by a space) was cut from a
 * longer one; the name's own colon takes the separator's place, or the fix would read "Firm: , how's".
 */
const LEADING_SEPARATOR = /^[,;:.\-\u2013\u2014]+[ \t]+/;

function afterLeadingSeparator(text: string, start: number): number {
  const separator = LEADING_SEPARATOR.exec(text.slice(start, start + 16));
  // An ellipsis opens a message on purpose ("...and the judge agreed"): it stays.
  if (separator === null || separator[0].startsWith('..')) return start;
  return start + separator[0].length;
}

/*
 * A missing name is underlined on the message's first token, where the fix writes it (see
 * required-text.ts). First messages must identify the sender (error); later messages should
 * (info), since a client may not have saved the number.
 */
const rule: Rule = {
  id: 'sender-identification',
  meta: {
    category: 'compliance',
    defaultSeverity: 'error',
    description: "Requires the firm's name (or an alias) in a message; an error in first messages, a hint in others.",
    why: 'Carriers require business texts to identify the sender, and texts from an unnamed sender are filtered as spam or phishing more often.',
    messages: {
      missing:
        'This message does not name your firm, and carriers filter texts that do not say who sent them. Start it with "{firmName}: ".',
      noFirmName:
        "Your firm's name is not set, so this message cannot be checked, and carriers require texts to identify the sender. Set the firm name in the options.",
    },
    fixable: 'safe',
    examples: {
      valid: [
        {
          text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am.',
          settings: { firmName: 'Hartwell & Diaz, LLP' },
          firstMessage: true,
        },
        {
          text: 'HD Law: your signed retainer is in the portal.',
          settings: { firmName: 'Hartwell & Diaz', firmNameAliases: ['HD Law'] },
        },
      ],
      invalid: [
        {
          text: 'Hi Maria, your case portal is ready.',
          settings: { firmName: 'Hartwell & Diaz' },
          firstMessage: true,
          output: 'Hartwell & Diaz: Hi Maria, your case portal is ready.',
        },
        { text: 'Hi Maria, your case portal is ready.', firstMessage: true },
      ],
    },
  },
  check(context) {
    const { message, settings } = context;
    const range = firstTokenRange(message.text);
    if (range === null) return;
    const severity: Severity = context.firstMessage ? 'error' : 'info';
    const names = compileNames(settings);
    if (names.byFirstToken.size === 0) {
      context.report({ messageId: 'noFirmName', start: range.start, end: range.end, severity });
      return;
    }
    if (mentionsFirm(message.text, message.words, names.byFirstToken)) return;
    const insertAt = visibleStart(message.text);
    const replaceUntil = afterLeadingSeparator(message.text, insertAt);
    const prefix = `${smartEncodedText(names.displayName)}: `;
    context.report({
      messageId: 'missing',
      data: { firmName: names.displayName },
      start: range.start,
      end: range.end,
      severity,
      fixes: [
        {
          label: `Start with "${prefix}"`,
          edits: [{ start: insertAt, end: replaceUntil, text: prefix }],
          safe: true,
        },
      ],
    });
  },
};

export default rule;
