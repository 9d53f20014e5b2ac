/**
 * Which adapter handles a field. Rich-editor adapters register themselves with a priority above 0
 * (e.g. `registerAdapter({ kind: 'quill', priority: 10, matches: (el) => el.classList.contains('ql-editor'), create })`)
 * and win over the plain contenteditable adapter.
 */
import { contentEditableFactory } from './contenteditable';
import { inputFactory, textareaFactory } from './text-control';
import type { AdapterEnvironment, AdapterFactory, FieldAdapter } from './types';

const factories: AdapterFactory[] = [textareaFactory, inputFactory, contentEditableFactory];

export function registerAdapter(factory: AdapterFactory): void {
  factories.push(factory);
  factories.sort((a, b) => b.priority - a.priority);
}

export function adapterFactoryFor(element: HTMLElement): AdapterFactory | undefined {
  return factories.find((factory) => factory.matches(element));
}

export function createAdapter(element: HTMLElement, environment: AdapterEnvironment): FieldAdapter | undefined {
  return adapterFactoryFor(element)?.create(element, environment);
}

export type { AdapterEnvironment, AdapterFactory, FieldAdapter } from './types';
