import { runRule } from '../engine';
import { type ParsedMessage, parseMessage } from '../message';
import spellingRule from '../rules/spelling';
import type { FirmSettings } from '../settings';
import type { Finding, SpellingProvider } from '../types';

/**
 * The spelling rule's findings for one message (the rule run alone, with a spell checker), for a host that checks spelling off the keystroke
 * path and merges the result into the synchronous report with mergeReports(). Honours the firm's
 * ruleSeverity for 'spelling'. Findings carry no fixes: the UI asks the spelling host for
 * suggestSpelling(checker, word) when it shows one, and turns them into spellingSuggestionFixes().
 */
export function checkSpelling(
  message: ParsedMessage | string,
  settings: FirmSettings,
  checker: SpellingProvider,
  spanishChecker?: SpellingProvider,
): Finding[] {
  const parsed = typeof message === 'string' ? parseMessage(message) : message;
  return runRule(spellingRule, parsed, settings, {
    spellChecker: checker,
    ...(spanishChecker ? { spanishSpellChecker: spanishChecker } : {}),
  });
}
