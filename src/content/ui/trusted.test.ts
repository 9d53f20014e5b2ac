// @vitest-environment happy-dom
/**
 * Our in-page buttons answer only the user's own input (docs/security.md): a click or key the
 * page's script fires (isTrusted false) applies no fix, adds no word and opens or closes nothing.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('../../shared/browser', () => ({ browser: {} }));

import type { Finding, Report } from '../../rules';
import { renderCard } from './card';
import { onTrusted } from './trusted';

/** An event as the browser makes it for real input (happy-dom, like page script, can only make untrusted ones). */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

const finding: Finding = {
  ruleId: 'emoji',
  messageId: 'emoji',
  severity: 'error',
  start: 3,
  end: 5,
  message: 'Emoji are filtered.',
  fixes: [{ label: 'Delete', safe: true, edits: [{ start: 3, end: 5, text: '' }] }],
};
const report: Report = {
  findings: [finding],
  score: 50,
  verdict: 'blocked',
  encoding: 'UCS-2',
  segments: 1,
  characters: 5,
};

function card() {
  const element = document.createElement('div');
  document.body.append(element);
  const actions = {
    applyFix: vi.fn(),
    fixAll: vi.fn(),
    close: vi.fn(),
    pointerInside: vi.fn(),
    copyText: vi.fn(async () => true),
  };
  renderCard(
    element,
    { mode: 'summary', text: 'Hi 😀', report, findings: [finding], ruleDoc: () => undefined },
    actions,
  );
  return { element, actions };
}

describe('onTrusted', () => {
  it('ignores events made by script, and passes the browser-made ones', () => {
    const button = document.createElement('button');
    const listener = vi.fn();
    onTrusted(button, 'click', listener);
    button.click();
    button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(listener).not.toHaveBeenCalled();
    button.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('a scripted click on every card button does nothing; the user click does', () => {
    const { element, actions } = card();
    const buttons = [...element.querySelectorAll('button')];
    expect(buttons.map((button) => button.textContent)).toEqual(['×', 'Delete', 'Fix all safe issues']);
    for (let round = 0; round < 50; round++) {
      for (const button of buttons) {
        button.click();
        button.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      }
    }
    expect(actions.applyFix).not.toHaveBeenCalled();
    expect(actions.fixAll).not.toHaveBeenCalled();
    expect(actions.close).not.toHaveBeenCalled();
    buttons[1]?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    buttons[2]?.dispatchEvent(trusted(new MouseEvent('click', { bubbles: true })));
    expect(actions.applyFix).toHaveBeenCalledWith(finding.fixes[0]);
    expect(actions.fixAll).toHaveBeenCalledTimes(1);
  });
});
