/**
 * The card's extra part for a spelling finding: its suggestions, fetched from the spelling host
 * when the card shows the finding (findings carry no fixes, so typing never pays for them), as fix
 * buttons, and an "Add to dictionary" button. DOM calls and textContent only, like the card.
 */
import { type Finding, type Fix, spellingSuggestionFixes } from '../../rules';
import { SPELLING_SUGGESTION_STATUS, SUGGESTION_TITLE } from '../../shared/report-labels';
import { requestAddToDictionary, requestSuggestions } from '../spelling-client';
import { onTrusted } from './trusted';

export interface SpellingCardActions {
  applyFix(fix: Fix): void;
  close(returnFocus: boolean): void;
}

function button(doc: Document, label: string, className: string): HTMLButtonElement {
  const node = doc.createElement('button');
  node.type = 'button';
  node.className = className;
  node.textContent = label;
  return node;
}

export function isSpellingFinding(finding: Finding): boolean {
  return finding.ruleId === 'spelling' && finding.fixes.length === 0;
}

/** The buttons of one spelling finding; suggestions appear when the host answers. */
export function spellingActions(
  doc: Document,
  text: string,
  finding: Finding,
  actions: SpellingCardActions,
): HTMLElement {
  const word = text.slice(finding.start, finding.end);
  const container = doc.createElement('div');
  container.className = 'fixes';
  container.setAttribute('data-spelling', '');
  const status = doc.createElement('p');
  status.className = 'spelling-status';
  status.setAttribute('role', 'status');
  status.textContent = SPELLING_SUGGESTION_STATUS.loading;
  const add = button(doc, 'Add to dictionary', 'fix add-word');
  add.title = `Accept "${word}" in this firm's messages from now on`;
  onTrusted(add, 'click', () => {
    add.disabled = true;
    void requestAddToDictionary(word).then((result) => {
      if (result.added) {
        actions.close(false);
        return;
      }
      add.disabled = false;
      status.textContent = result.reason ?? 'The word could not be added.';
    });
  });
  container.append(add, status);
  container.setAttribute('data-spelling-pending', '');
  void requestSuggestions(word, finding.language).then((suggestions) => {
    container.removeAttribute('data-spelling-pending');
    const fixes = spellingSuggestionFixes(finding, suggestions);
    status.textContent = fixes.length === 0 ? SPELLING_SUGGESTION_STATUS.none : '';
    if (fixes.length === 0) return;
    status.hidden = true;
    const buttons = fixes.map((fix) => {
      const suggestion = button(doc, fix.label, 'fix');
      suggestion.setAttribute('data-safe', 'false');
      suggestion.title = SUGGESTION_TITLE;
      onTrusted(suggestion, 'click', () => actions.applyFix(fix));
      container.insertBefore(suggestion, add);
      return suggestion;
    });
    // The card was opened from the keyboard and waited for these (focusFirstAction): the first
    // suggestion is its first action. A focus the user moved elsewhere stays where it is.
    const card = container.closest<HTMLElement>('[data-sms-card]');
    const root = container.getRootNode() as Document | ShadowRoot;
    if (card?.dataset.awaitingSuggestion !== undefined && root.activeElement === card) buttons[0]?.focus();
    if (card) delete card.dataset.awaitingSuggestion;
  });
  return container;
}
