/**
 * Which elements on a page are message fields worth checking. Textareas and contenteditable
 * editors are; a text `<input>` only when something says it holds a message (single-line inputs
 * are mostly names, searches and addresses). Hidden, disabled and read-only fields are skipped,
 * and so is anything under `data-sms-check="off"`; `data-sms-check="on"` forces a field in.
 */
import { isEditingHost } from './adapters/contenteditable';

export const FIELD_SELECTOR = 'textarea, input, [contenteditable]:not([contenteditable="false"])';

/** Words in an input's name, id, placeholder or label that mark it as a message box. */
const MESSAGE_HINT = /messag|\bsms\b|\btext\b|repl(?:y|ies)|compose|\bchat\b|\bbody\b|comment|\bnote\b|write/i;
/** ...and words that mark it as something else even when a message word appears. */
const NOT_MESSAGE_HINT = /search|e-?mail|user|login|password|phone|zip|postal|address|city|subject/i;

/** The nearest `data-sms-check` switch, crossing shadow roots. */
function checkSwitch(element: Element): string | null {
  let current: Element | null = element;
  while (current !== null) {
    const value = current.closest('[data-sms-check]')?.getAttribute('data-sms-check');
    if (value !== undefined && value !== null) return value.toLowerCase();
    const root = current.getRootNode();
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return null;
}

function hintsOf(input: HTMLInputElement): string {
  const labels = input.labels ? [...input.labels].map((label) => label.textContent ?? '') : [];
  return [
    input.name,
    input.id,
    input.placeholder,
    input.getAttribute('aria-label') ?? '',
    input.getAttribute('autocomplete') ?? '',
    ...labels,
  ].join(' ');
}

function isMessageInput(input: HTMLInputElement): boolean {
  const type = (input.getAttribute('type') ?? 'text').toLowerCase();
  if (type !== 'text' && type !== '') return false;
  const hints = hintsOf(input);
  return MESSAGE_HINT.test(hints) && !NOT_MESSAGE_HINT.test(hints);
}

/** Rendered and not hidden by the page (display, visibility, `hidden`, zero size). */
export function isShown(element: HTMLElement): boolean {
  if (element.hidden) return false;
  if (typeof element.checkVisibility === 'function') {
    if (!element.checkVisibility({ visibilityProperty: true })) return false;
  } else if (element.getClientRects().length === 0) {
    return false;
  }
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** Is this element a field we should attach to right now? */
export function isCheckableField(element: Element): element is HTMLElement {
  if (!(element instanceof HTMLElement)) return false;
  const switched = checkSwitch(element);
  if (switched === 'off') return false;
  if (element instanceof HTMLTextAreaElement) {
    if (element.disabled || element.readOnly) return false;
  } else if (element instanceof HTMLInputElement) {
    if (element.disabled || element.readOnly) return false;
    if (switched !== 'on' && !isMessageInput(element)) return false;
    const type = (element.getAttribute('type') ?? 'text').toLowerCase();
    if (type !== 'text' && type !== '' && type !== 'search') return false;
  } else {
    if (!isEditingHost(element)) return false;
    if (element.getAttribute('aria-readonly') === 'true' || element.getAttribute('aria-disabled') === 'true') {
      return false;
    }
  }
  if (element.closest('fieldset:disabled') !== null) return false;
  return isShown(element);
}
