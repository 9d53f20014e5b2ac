/**
 * The one module that imports webextension-polyfill: everything else gets the promise-based
 * `browser` namespace from here, so Chrome and Firefox share one code path and tests can replace
 * this module wholesale.
 */
import browser from 'webextension-polyfill';

export type { Runtime, Tabs } from 'webextension-polyfill';
export { browser };
