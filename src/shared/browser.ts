/**
 * The one module that imports webextension-polyfill: everything else gets the promise-based
 * `browser` namespace from here, so Chrome and Firefox share one code path and tests can replace
 * this module wholesale.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };

type ScriptingApi = typeof chrome.scripting;

/**
 * `scripting`, which the polyfill does not wrap in every version: its own namespace where it has
 * one, Chrome's otherwise; undefined where the browser has neither.
 */
export function scriptingApi(): ScriptingApi | undefined {
  return (browser as unknown as { scripting?: ScriptingApi }).scripting ?? globalThis.chrome?.scripting;
}
