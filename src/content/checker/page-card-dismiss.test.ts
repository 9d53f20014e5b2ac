// @vitest-environment happy-dom
/** The card's everyday controls: "Ignore", "Turn off this check" and the first-message switch. */
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('../../shared/browser', () => ({ browser: {} }));

import type { Finding, Fix, Report } from '../../rules';
import type { ApplyFixesResult } from '../../shared/field-protocol';
import { mountShadowHost, type ShadowHost, unmountShadowHost } from '../shadow-host';
import { type CardOwner, PageCard, type RuleSwitch } from './page-card';

function finding(ruleId: string, start: number, end: number): Finding {
  return { ruleId, messageId: 'm', message: `${ruleId} message`, severity: 'error', start, end, fixes: [] };
}

class Owner implements CardOwner {
  text = 'Hi URGENT 🎉';
  ignored: Finding[] = [];
  findings = [finding('all-caps', 3, 9), finding('emoji', 10, 12)];
  failure: string | null = null;
  isDestroyed = false;
  firstMessage = false;
  markDirty = vi.fn();
  restoreFocus = vi.fn();
  applyFixes = vi.fn(
    async (_fixes: readonly Fix[], _basedOn: string): Promise<ApplyFixesResult> => ({
      applied: true,
      text: this.text,
    }),
  );
  fixAllSafe = vi.fn(async (): Promise<ApplyFixesResult> => ({ applied: true, text: this.text }));
  ignore(ignoredFinding: Finding, basedOnText: string): void {
    expect(basedOnText).toBe(this.text);
    this.ignored.push(ignoredFinding);
  }
  currentReport(): Report {
    const findings = this.findings.filter((each) => !this.ignored.includes(each));
    return { score: 40, verdict: 'blocked', findings, encoding: 'UCS-2', segments: 1, characters: 12 };
  }
  currentText(): string {
    return this.text;
  }
  fieldBox(): DOMRect {
    return new DOMRect(10, 10, 300, 60);
  }
}

function click(element: Element | null | undefined): void {
  if (!element) throw new Error('nothing to click');
  const event = new MouseEvent('click', { bubbles: true });
  Object.defineProperty(event, 'isTrusted', { value: true });
  element.dispatchEvent(event);
}

let ui: ShadowHost | undefined;
const abort = new AbortController();

afterEach(() => {
  unmountShadowHost(document);
  ui = undefined;
});

function openSummary(rules?: RuleSwitch) {
  ui = mountShadowHost(document);
  const card = new PageCard<Owner>(
    ui,
    (ruleId) => ({ description: ruleId, why: '', category: 'formatting' }),
    abort.signal,
    rules,
  );
  const owner = new Owner();
  card.open(owner, 'all', new DOMRect(10, 80, 100, 20), false, false);
  const element = ui.layer.querySelector<HTMLElement>('[data-sms-card]') as HTMLElement;
  const buttons = (action: string) => [
    ...element.querySelectorAll<HTMLButtonElement>(`button[data-action="${action}"]`),
  ];
  return { card, owner, element, buttons };
}

describe("the card's everyday controls", () => {
  it('"Ignore" hides the finding and the summary shows what is left', () => {
    const { owner, element, buttons } = openSummary();
    expect(buttons('ignore')).toHaveLength(2);
    click(element.querySelector('[data-finding="emoji"] button[data-action="ignore"]'));
    expect(owner.ignored.map((each) => each.ruleId)).toEqual(['emoji']);
    expect(element.querySelector('[data-finding="emoji"]')).toBeNull();
    expect(element.querySelector('[data-finding="all-caps"]')).not.toBeNull();
  });

  it('"Turn off this check" turns the rule off and closes the card; not offered when the organization decides', () => {
    const turnOff = vi.fn();
    const { element } = openSummary({ turnOff, canTurnOff: () => true });
    click(element.querySelector('[data-finding="all-caps"] button[data-action="turn-off"]'));
    expect(turnOff).toHaveBeenCalledWith('all-caps');
    expect(element.hidden).toBe(true);
    unmountShadowHost(document);

    expect(openSummary({ turnOff, canTurnOff: () => false }).buttons('turn-off')).toEqual([]);
    unmountShadowHost(document);
    expect(openSummary().buttons('turn-off')).toEqual([]);
  });

  it("the first-message switch shows the field's state and sets it", () => {
    const { owner, element } = openSummary();
    const input = element.querySelector<HTMLInputElement>('input.first-message');
    expect(input?.checked).toBe(false);
    expect(input?.getAttribute('role')).toBe('switch');
    if (!input) throw new Error('no switch');
    input.checked = true;
    const change = new Event('change', { bubbles: true });
    Object.defineProperty(change, 'isTrusted', { value: true });
    input.dispatchEvent(change);
    expect(owner.firstMessage).toBe(true);
    expect(owner.markDirty).toHaveBeenCalled();
  });
});
