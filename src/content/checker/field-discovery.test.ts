// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type DiscoveryHost, FieldDiscovery, SHADOW_ATTACHED_EVENT } from './field-discovery';

interface Field {
  readonly element: HTMLElement;
}

/** happy-dom lays nothing out: every element not hidden by `display: none` gets a box. */
function giveElementsBoxes(): void {
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    return this.style.display === 'none' ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, 0, 200, 40);
  });
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockImplementation(function (this: HTMLElement) {
    const rects = this.style.display === 'none' ? [] : [new DOMRect(0, 0, 200, 40)];
    return rects as unknown as DOMRectList; // a list of rects is all isShown reads
  });
  if ('checkVisibility' in HTMLElement.prototype) {
    vi.spyOn(HTMLElement.prototype, 'checkVisibility').mockImplementation(function (this: HTMLElement) {
      return this.style.display !== 'none';
    });
  }
}

function setup() {
  const ownHost = document.createElement('sms-compliance-checker-test');
  document.body.append(ownHost);
  const fields = new Map<HTMLElement, Field>();
  const abort = new AbortController();
  const host = {
    ownHost,
    attachedTo: (element: HTMLElement) => fields.get(element),
    attachedFields: () => fields.values(),
    attachedCount: () => fields.size,
    attach: vi.fn((element: HTMLElement) => {
      const field = { element };
      fields.set(element, field);
      return field;
    }),
    detach: vi.fn((field: Field) => {
      fields.delete(field.element);
    }),
    requestFrame: vi.fn(),
    layoutMayHaveShifted: vi.fn(),
    fieldFocused: vi.fn(),
    attachedOnFocus: vi.fn(),
  } satisfies DiscoveryHost<Field>;
  const discovery = new FieldDiscovery<Field>(document, host, abort.signal);
  return { host, fields, discovery, abort, ownHost };
}

/** Lets the mutation observer deliver its records. */
const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

beforeEach(() => {
  giveElementsBoxes();
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('FieldDiscovery', () => {
  it('attaches the message fields present at start, and nothing else', () => {
    document.body.innerHTML = `
      <textarea id="message"></textarea>
      <div contenteditable="true" id="editor"><p>Hi</p></div>
      <input type="text" name="sms_body" id="body">
      <input type="text" name="email" id="email">
      <textarea id="disabled" disabled></textarea>
      <textarea id="off" data-sms-check="off"></textarea>
      <textarea id="invisible" style="display: none"></textarea>`;
    const { host, fields, discovery } = setup();
    discovery.start();
    expect([...fields.keys()].map((element) => element.id).sort()).toEqual(['body', 'editor', 'message']);
    expect(host.attach).toHaveBeenCalledTimes(3);
  });

  it('finds fields added later and inside open shadow roots, in the next frame', async () => {
    const { fields, discovery, host } = setup();
    discovery.start();
    const wrapper = document.createElement('div');
    const shadow = wrapper.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea id="in-shadow"></textarea>';
    wrapper.append(document.createElement('textarea'));
    document.body.append(wrapper);
    await mutationsDelivered();
    expect(host.requestFrame).toHaveBeenCalled();
    expect(host.layoutMayHaveShifted).toHaveBeenCalled();
    expect(discovery.hasPendingWork).toBe(true);
    discovery.runPending();
    expect(fields.size).toBe(2);
    // A field added to the shadow root later is seen by its own observer.
    shadow.append(document.createElement('textarea'));
    await mutationsDelivered();
    discovery.runPending();
    expect(fields.size).toBe(3);
  });

  it('scans a shadow root the page hook reports', () => {
    const { fields, discovery, host } = setup();
    discovery.start();
    const wrapper = document.createElement('div');
    document.body.append(wrapper);
    const shadow = wrapper.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<textarea></textarea>';
    wrapper.dispatchEvent(new Event(SHADOW_ATTACHED_EVENT, { bubbles: true, composed: true }));
    expect(host.requestFrame).toHaveBeenCalled();
    discovery.runPending();
    expect(fields.size).toBe(1);
  });

  it('detaches fields that were removed, hidden or disabled', async () => {
    document.body.innerHTML = '<textarea id="a"></textarea><textarea id="b"></textarea><textarea id="c"></textarea>';
    const { fields, discovery, host } = setup();
    discovery.start();
    expect(fields.size).toBe(3);
    document.getElementById('a')?.remove();
    (document.getElementById('b') as HTMLTextAreaElement).disabled = true;
    (document.getElementById('c') as HTMLElement).style.display = 'none';
    await mutationsDelivered();
    discovery.runPending();
    expect(fields.size).toBe(0);
    expect(host.detach).toHaveBeenCalledTimes(3);
  });

  it('never looks inside our own UI', async () => {
    const { fields, discovery, ownHost } = setup();
    // (Our real root is closed; an open one shows that discovery skips it on purpose.)
    ownHost.attachShadow({ mode: 'open' }).append(document.createElement('textarea'));
    discovery.start();
    expect(fields.size).toBe(0);
    // The host put back after the page removed it is not scanned either.
    ownHost.remove();
    document.body.append(ownHost);
    await mutationsDelivered();
    discovery.runPending();
    expect(fields.size).toBe(0);
  });

  it('a focused attached field warms the linter; a focused field nothing revealed is attached and linted', () => {
    document.body.innerHTML = '<textarea id="known"></textarea>';
    const { fields, discovery, host } = setup();
    discovery.start();
    const known = document.getElementById('known') as HTMLElement;
    known.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(host.fieldFocused).toHaveBeenCalledWith(fields.get(known));
    // A contenteditable attached only on focus (its inner paragraph is the event's target).
    const editor = document.createElement('div');
    editor.contentEditable = 'true';
    const paragraph = document.createElement('p');
    editor.append(paragraph);
    fields.clear();
    document.body.append(editor);
    paragraph.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    expect(fields.has(editor)).toBe(true);
    expect(host.attachedOnFocus).toHaveBeenCalledWith(fields.get(editor));
  });

  it('handles a page of many thousands of fields without overflowing the stack', () => {
    const container = document.createElement('div');
    for (let index = 0; index < 3_000; index++) container.append(document.createElement('textarea'));
    document.body.append(container);
    const { fields, discovery } = setup();
    discovery.start();
    expect(fields.size).toBe(3_000);
  });

  it('stops observing once aborted', async () => {
    const { fields, discovery, abort } = setup();
    discovery.start();
    abort.abort();
    document.body.append(document.createElement('textarea'));
    await mutationsDelivered();
    expect(discovery.hasPendingWork).toBe(false);
    expect(fields.size).toBe(0);
  });
});
