import { formatMessage } from '../engine';
import type { ParsedMessage } from '../message';
import spellingRule from '../rules/spelling';
import type { FirmSettings } from '../settings';
import type { Finding, SpellingProvider } from '../types';
import { findMisspellings } from './find';

/**
 * The spelling rule's findings for one message, for a host that checks spelling off the keystroke
 * path and merges the result into the synchronous report with mergeReports(). Honours the firm's
 * ruleSeverity for 'spelling'. Findings carry no fixes: the UI asks the spelling host for
 * suggestSpelling(checker, word) when it shows one, and turns them into spellingSuggestionFixes().
 */
export function checkSpelling(
  message: ParsedMessage | string,
  settings: FirmSettings,
  checker: SpellingProvider,
): Finding[] {
  const configured = settings.ruleSeverity[spellingRule.id];
  if (configured === 'off') return [];
  return findMisspellings(message, settings, checker).map((issue) => ({
    ruleId: spellingRule.id,
    messageId: issue.messageId,
    severity: configured ?? issue.severity,
    start: issue.start,
    end: issue.end,
    message: formatMessage(spellingRule.meta.messages[issue.messageId] ?? '', { word: issue.word }),
    fixes: [],
  }));
}
