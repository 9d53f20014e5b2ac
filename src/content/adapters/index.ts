/**
 * Which adapter handles a field: the first of the built-in factories that matches it. Rich editors
 * are reached through the contenteditable adapter; where one needs its own editing path it
 * registers an edit strategy (field/edit-strategy.ts).
 */
import { contentEditableFactory } from './contenteditable';
import { inputFactory, textareaFactory } from './text-control';
import type { AdapterEnvironment, AdapterFactory, FieldAdapter } from './types';

const factories: readonly AdapterFactory[] = [textareaFactory, inputFactory, contentEditableFactory];

export function adapterFactoryFor(element: HTMLElement): AdapterFactory | undefined {
  return factories.find((factory) => factory.matches(element));
}

export function createAdapter(element: HTMLElement, environment: AdapterEnvironment): FieldAdapter | undefined {
  return adapterFactoryFor(element)?.create(element, environment);
}

export type { AdapterEnvironment, AdapterFactory, FieldAdapter } from './types';
