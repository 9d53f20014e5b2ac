import { ENGLISH_ENDINGS, ENGLISH_WORDS, SPANISH_ENDINGS, SPANISH_WORDS } from './data/language-words';
import { lazy } from './lazy';
import type { Span } from './message';
import { wordViewOf } from './phrases';
import { RecentCache } from './recent-cache';
import { forEachSentence } from './text/sentences';

/*
 * English or Spanish, decided on the device from the words of the message: a small scorer of our
 * own (see scripts/language-eval.ts for why it beats franc, tinyld and eld on short texts). Each
 * word votes by being a common word of one language, by an accent, ñ or inverted mark (Spanish
 * only), or by an ending one language favours; names, numbers and links do not vote. A message
 * with no evidence either way is English, the firm's default.
 */

export type Language = 'en' | 'es';

const endingPattern = (endings: readonly string[]) =>
  new RegExp(`(?:${endings.map((ending) => ending.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`);

/** The common words of one language that are not common words of the other, and the endings each favours; built on first use. */
const vocabulary = lazy(() => {
  const spanishWords = new Set(SPANISH_WORDS);
  const englishWords = new Set(ENGLISH_WORDS);
  const spanish: ReadonlySet<string> = new Set(SPANISH_WORDS.filter((word) => !englishWords.has(word)));
  const english: ReadonlySet<string> = new Set(ENGLISH_WORDS.filter((word) => !spanishWords.has(word)));
  return {
    spanish,
    english,
    spanishEnding: endingPattern(SPANISH_ENDINGS),
    englishEnding: endingPattern(ENGLISH_ENDINGS),
  };
});
const SPANISH_LETTER = /[áéíóúñü¿¡]/i;
const HAS_DIGIT = /\d/;
const COMMON_WORD_WEIGHT = 2;
const LETTER_WEIGHT = 1.5;
const ENDING_WEIGHT = 0.5;

/** Bound on scoreCache: it starts over past this many words (a long paste of distinct words). */
const SCORE_CACHE_LIMIT = 20_000;
/**
 * wordScore by word. The next keystroke's message has all its words but one in common with this
 * one, and a word's score is a few set lookups and two regexes over its endings, per word per lint.
 */
const scoreCache = new Map<string, number>();

/** Positive for Spanish, negative for English (remembered: see scoreCache). */
function wordScore(word: string): number {
  let score = scoreCache.get(word);
  if (score === undefined) {
    score = scoreOfWord(word);
    if (scoreCache.size >= SCORE_CACHE_LIMIT) scoreCache.clear();
    scoreCache.set(word, score);
  }
  return score;
}

function scoreOfWord(word: string): number {
  const { spanish, english, spanishEnding, englishEnding } = vocabulary();
  if (spanish.has(word)) return COMMON_WORD_WEIGHT;
  if (english.has(word)) return -COMMON_WORD_WEIGHT;
  if (SPANISH_LETTER.test(word)) return LETTER_WEIGHT;
  if (word.length < 4 || HAS_DIGIT.test(word)) return 0;
  let score = 0;
  if (spanishEnding.test(word)) score += ENDING_WEIGHT;
  if (englishEnding.test(word)) score -= ENDING_WEIGHT;
  return score;
}

/**
 * Evidence for Spanish (positive) or English (negative) in the words [first, last], from each
 * word's score (computed once per message); inverted marks before or inside the span count for Spanish.
 */
function scoreOfWords(text: string, words: readonly Span[], scores: Float64Array, first: number, last: number): number {
  let score = 0;
  for (let index = first; index <= last; index++) score += scores[index] as number;
  const from = words[first]?.start ?? 0;
  const to = words[last]?.end ?? text.length;
  for (let index = Math.max(0, from - 1); index < to; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xbf || code === 0xa1) score += LETTER_WEIGHT;
  }
  return score;
}

export interface LanguageReport {
  /** The language of most of the message's words. */
  language: Language;
  /** Each sentence's language, by word index range, where a message mixes them. */
  sentences: readonly { firstWord: number; lastWord: number; language: Language }[];
}

const cache = new RecentCache<readonly Span[], LanguageReport>();

/** The message's language and each sentence's; `pinned` (a firm setting) overrides detection. */
export function detectLanguage(
  text: string,
  words: readonly Span[],
  pinned: Language | 'auto' = 'auto',
): LanguageReport {
  if (pinned !== 'auto') {
    return {
      language: pinned,
      sentences: words.length === 0 ? [] : [{ firstWord: 0, lastWord: words.length - 1, language: pinned }],
    };
  }
  const cached = cache.get(words);
  if (cached) return cached;
  const { normalized } = wordViewOf(text, words);
  const scores = new Float64Array(words.length);
  for (let index = 0; index < words.length; index++) scores[index] = wordScore(normalized[index] as string);
  const whole = words.length === 0 ? 0 : scoreOfWords(text, words, scores, 0, words.length - 1);
  const language: Language = whole > 0 ? 'es' : 'en';
  // Each sentence's language on first use: the rules ask for the message's language only, and a
  // long paste of short sentences made an object per sentence on every lint.
  let sentences: SentenceLanguage[] | undefined;
  const report: LanguageReport = {
    language,
    get sentences(): readonly SentenceLanguage[] {
      sentences ??= sentenceLanguages(text, words, scores, language);
      return sentences;
    },
  };
  cache.set(words, report);
  return report;
}

interface SentenceLanguage {
  firstWord: number;
  lastWord: number;
  language: Language;
}

function sentenceLanguages(
  text: string,
  words: readonly Span[],
  scores: Float64Array,
  language: Language,
): SentenceLanguage[] {
  // A sentence without evidence either way ("Salinas, sala 6.") is in the message's language.
  const sentences: SentenceLanguage[] = [];
  forEachSentence(text, words, (firstWord, lastWord) => {
    const score = scoreOfWords(text, words, scores, firstWord, lastWord);
    const sentenceLanguage: Language = score > 0 ? 'es' : score < 0 ? 'en' : language;
    sentences.push({ firstWord, lastWord, language: sentenceLanguage });
  });
  return sentences;
}
