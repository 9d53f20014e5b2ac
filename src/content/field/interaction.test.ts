// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Finding, Report } from '../../rules';
import type { TextSelection } from '../adapters/types';
import { FieldInteraction, HOVER_DELAY_MS, type InteractionHost } from './interaction';

function finding(start: number, end: number): Finding {
  return { ruleId: 'all-caps', messageId: 'm', message: 'msg', severity: 'warning', start, end, fixes: [] } as Finding;
}

const urgent = finding(3, 9);

function setup() {
  const element = document.createElement('textarea');
  document.body.append(element);
  let selection: TextSelection | null = { start: 5, end: 5 };
  const report: Report = {
    score: 80,
    verdict: 'review',
    findings: [urgent],
    encoding: 'GSM-7',
    segments: 1,
    characters: 13,
  };
  const anchor = new DOMRect(30, 10, 40, 16);
  const host = {
    element,
    focused: vi.fn(),
    blurred: vi.fn(),
    rememberSelection: vi.fn(),
    readSelection: () => selection,
    selectionSeen: vi.fn(),
    currentReport: () => report,
    findingsAt: vi.fn((x: number) => (x >= 30 && x <= 70 ? [urgent] : [])),
    anchorFor: () => anchor,
    caretAnchor: () => anchor,
    openCard: vi.fn<InteractionHost['openCard']>(),
    openSummary: vi.fn(),
    hoverEnded: vi.fn(),
    isDestroyed: () => false,
  } satisfies InteractionHost;
  const abort = new AbortController();
  const interaction = new FieldInteraction(host, abort.signal);
  return {
    element,
    host,
    abort,
    interaction,
    anchor,
    moveCaret(next: TextSelection | null) {
      selection = next;
    },
  };
}

/** happy-dom's dispatched events are untrusted; the browser marks the user's own as trusted. */
function trusted<E extends Event>(event: E): E {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

function key(element: HTMLElement, init: KeyboardEventInit, isTrusted = true): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, composed: true, ...init });
  element.dispatchEvent(isTrusted ? trusted(event) : event);
  return event;
}

function pointer(element: HTMLElement, type: 'pointermove' | 'click', clientX: number, isTrusted = true): void {
  const event =
    type === 'click'
      ? new MouseEvent('click', { bubbles: true, clientX, clientY: 20 })
      : new PointerEvent('pointermove', { bubbles: true, clientX, clientY: 20 });
  element.dispatchEvent(isTrusted ? trusted(event) : event);
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
  document.body.replaceChildren();
});

describe('FieldInteraction keys', () => {
  it('Alt+Enter in a flagged word opens its card with the focus, and the key goes no further', () => {
    const { element, host, anchor } = setup();
    const later = vi.fn();
    element.addEventListener('keydown', later);
    const event = key(element, { key: 'Enter', code: 'Enter', altKey: true });
    expect(host.openCard).toHaveBeenCalledWith([urgent], anchor, true, false);
    expect(host.selectionSeen).toHaveBeenCalledWith({ start: 5, end: 5 });
    expect(event.defaultPrevented).toBe(true);
    expect(later).not.toHaveBeenCalled();
  });

  it('Alt+Enter outside any finding opens nothing and still never reaches the editor', () => {
    const { element, host, moveCaret } = setup();
    moveCaret({ start: 12, end: 12 });
    const later = vi.fn();
    element.addEventListener('keydown', later);
    const event = key(element, { key: 'Enter', code: 'Enter', altKey: true });
    expect(host.openCard).not.toHaveBeenCalled();
    expect(host.openSummary).not.toHaveBeenCalled();
    expect(event.defaultPrevented).toBe(true);
    expect(later).not.toHaveBeenCalled();
  });

  it('Alt+Shift+S opens the summary outside a finding', () => {
    const { element, host, moveCaret } = setup();
    moveCaret({ start: 12, end: 12 });
    key(element, { key: 'S', code: 'KeyS', altKey: true, shiftKey: true });
    expect(host.openSummary).toHaveBeenCalledWith(true);
  });

  it('ignores plain typing, Ctrl+Alt+Enter, keys in other elements and keys the page script fires', () => {
    const { element, host } = setup();
    const other = document.createElement('input');
    document.body.append(other);
    expect(key(element, { key: 'Enter', code: 'Enter' }).defaultPrevented).toBe(false);
    expect(key(element, { key: 'Enter', code: 'Enter', altKey: true, ctrlKey: true }).defaultPrevented).toBe(false);
    expect(key(other, { key: 'Enter', code: 'Enter', altKey: true }).defaultPrevented).toBe(false);
    expect(key(element, { key: 'Enter', code: 'Enter', altKey: true }, false).defaultPrevented).toBe(false);
    expect(host.openCard).not.toHaveBeenCalled();
  });

  it('stops listening when its signal aborts', () => {
    const { element, host, abort } = setup();
    abort.abort();
    expect(key(element, { key: 'Enter', code: 'Enter', altKey: true }).defaultPrevented).toBe(false);
    expect(host.openCard).not.toHaveBeenCalled();
  });
});

describe('FieldInteraction pointer', () => {
  it('a click on an underline opens its card without taking the focus', () => {
    const { element, host, anchor } = setup();
    pointer(element, 'click', 40);
    expect(host.rememberSelection).toHaveBeenCalled();
    expect(host.openCard).toHaveBeenCalledWith([urgent], anchor, false, false);
  });

  it('a scripted click opens nothing', () => {
    const { element, host } = setup();
    pointer(element, 'click', 40, false);
    expect(host.openCard).not.toHaveBeenCalled();
  });

  it('hovering an underline opens its card after a pause; leaving it first cancels', () => {
    const { element, host, anchor } = setup();
    pointer(element, 'pointermove', 40);
    pointer(element, 'pointermove', 45);
    vi.advanceTimersByTime(HOVER_DELAY_MS - 1);
    expect(host.openCard).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(host.openCard).toHaveBeenCalledExactlyOnceWith([urgent], anchor, false, true);

    pointer(element, 'pointermove', 40);
    element.dispatchEvent(new PointerEvent('pointerleave'));
    vi.advanceTimersByTime(HOVER_DELAY_MS);
    expect(host.openCard).toHaveBeenCalledOnce();
  });

  it('moving off the underlines ends the hover', () => {
    const { element, host } = setup();
    pointer(element, 'pointermove', 200);
    expect(host.hoverEnded).toHaveBeenCalled();
  });

  it('focus and blur reach the field', () => {
    const { element, host } = setup();
    element.dispatchEvent(new FocusEvent('focus'));
    element.dispatchEvent(new FocusEvent('blur'));
    expect(host.focused).toHaveBeenCalledOnce();
    expect(host.blurred).toHaveBeenCalledOnce();
  });
});
