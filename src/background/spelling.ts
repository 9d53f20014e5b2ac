/**
 * The background's side of spelling: it answers the content scripts' and popup's spelling messages
 * from one spelling host per browser, loaded the first time a field is checked.
 *
 * - Chrome: an offscreen document (src/offscreen) whose worker holds the dictionary. A service
 *   worker can neither start workers nor keep a parsed dictionary across its idle stops.
 * - Firefox (no chrome.offscreen): the background page hosts the checker itself; it is an event
 *   page, so the dictionary is parsed again after it was unloaded.
 *
 * "Add to dictionary" appends to the firm dictionary in storage.sync through settings.ts's
 * appendToList, which refuses keys locked by policy; the content scripts re-check on the settings
 * change.
 */
import { browser } from '../shared/browser';
import { createMessageClient, type MessageHandlers, type RequestEnvelope } from '../shared/messages';
import { appendToList } from '../shared/settings';
import type { AddToDictionaryResult } from '../shared/spelling-protocol';
import { createSpellingHost, fetchDictionary, SPANISH_DICTIONARY_PATH, type SpellingHost } from '../spelling-host/host';

const OFFSCREEN_PATH = 'src/offscreen/index.html';

type OffscreenApi = typeof chrome.offscreen;

function offscreenApi(): OffscreenApi | undefined {
  const chromeGlobal = (globalThis as { chrome?: typeof chrome }).chrome;
  return chromeGlobal?.offscreen?.createDocument ? chromeGlobal.offscreen : undefined;
}

let creating: Promise<void> | undefined;
/**
 * Set once the document answered: later requests go straight to it instead of asking Chrome for
 * its contexts first (one less browser round trip in the worker per spelling check). Cleared when
 * a delivery fails, since Chrome may have closed the document.
 */
let offscreenAnswered = false;

async function offscreenDocumentExists(): Promise<boolean> {
  const url = chrome.runtime.getURL(OFFSCREEN_PATH);
  if (chrome.runtime.getContexts) {
    const contexts = await chrome.runtime.getContexts({
      contextTypes: ['OFFSCREEN_DOCUMENT' as chrome.runtime.ContextType],
      documentUrls: [url],
    });
    return contexts.length > 0;
  }
  return false;
}

/** Creates the offscreen document unless it exists (or is being created by a concurrent request). */
async function ensureOffscreenDocument(api: OffscreenApi): Promise<void> {
  if (offscreenAnswered) return;
  if (creating) return creating;
  if (await offscreenDocumentExists()) return;
  creating ??= api
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['WORKERS' as chrome.offscreen.Reason],
      justification: 'Runs the spell checker in a web worker, off the page you are typing in.',
    })
    .catch((error: unknown) => {
      // Another request created it first: that is fine.
      if (!String(error).includes('Only a single offscreen')) throw error;
    })
    .finally(() => {
      creating = undefined;
    });
  return creating;
}

/** 100, 200, ... 500 ms apart: 1.5 s for a new document to start listening on a busy machine. */
const DELIVERY_ATTEMPTS = 6;
const DELIVERY_RETRY_MS = 100;

/**
 * Sends to the offscreen document, creating it first when needed. A document just created may not
 * listen yet ("Receiving end does not exist"), and Chrome may have closed it: wait and try again.
 */
async function deliver(api: OffscreenApi, request: RequestEnvelope): Promise<unknown> {
  for (let attempt = 1; ; attempt++) {
    await ensureOffscreenDocument(api);
    try {
      const answer = await browser.runtime.sendMessage(request);
      offscreenAnswered = answer !== undefined;
      if (answer !== undefined || attempt >= DELIVERY_ATTEMPTS) return answer;
    } catch (error) {
      offscreenAnswered = false;
      if (attempt >= DELIVERY_ATTEMPTS) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, DELIVERY_RETRY_MS * attempt));
  }
}

function offscreenHost(api: OffscreenApi): SpellingHost {
  const client = createMessageClient<'spelling'>((request) => deliver(api, request));
  return {
    check: (args) => client.send('spelling/check', args),
    suggest: (args) => client.send('spelling/suggest', args),
  };
}

let host: SpellingHost | undefined;

/** The browser's one spelling host, created on first use. */
function spellingHost(): SpellingHost {
  if (host) return host;
  const api = offscreenApi();
  host = api
    ? offscreenHost(api)
    : createSpellingHost(
        fetchDictionary((path) => browser.runtime.getURL(path)),
        fetchDictionary((path) => browser.runtime.getURL(path), SPANISH_DICTIONARY_PATH),
      );
  return host;
}

const FULL_REASON =
  'The firm dictionary is full: browser sync storage holds 100 KB of settings in all. Remove words in the options page first.';
const LOCKED_REASON = 'Your organization sets the firm dictionary; ask your administrator to add this word.';

/**
 * Appends the word as one write among the others (settings.ts serializes them), so two quick
 * clicks store both words; `added` only when the word is in what was stored.
 */
export async function addToDictionary(word: string): Promise<AddToDictionaryResult> {
  const trimmed = word.trim();
  if (trimmed === '' || /\s/.test(trimmed)) return { added: false, reason: 'Only single words can be added.' };
  const result = await appendToList('firmDictionary', trimmed);
  switch (result.outcome) {
    case 'added':
    case 'present':
      return { added: true };
    case 'locked':
      return { added: false, reason: LOCKED_REASON };
    case 'refused':
      console.warn(`SMS Compliance Checker: "${trimmed}" was not added to the firm dictionary: ${result.reason}`);
      return { added: false, reason: result.full ? FULL_REASON : result.reason.replace(/^Not saved: /, '') };
  }
}

/** Spelling-host failures already logged: each distinct one once (a page asks on every pause in typing). */
const loggedFailures = new Set<string>();

/**
 * Logs a failure of the spelling host (the offscreen document did not start, the dictionary did not
 * load) and passes it on: the field's badge and the popup say spelling is unavailable.
 */
function logSpellingFailure<T>(what: string, work: Promise<T>): Promise<T> {
  return work.catch((error: unknown) => {
    const key = `${what}: ${error instanceof Error ? error.message : String(error)}`;
    if (!loggedFailures.has(key)) {
      loggedFailures.add(key);
      console.error(`SMS Compliance Checker: the spelling host failed to ${what}`, error);
    }
    throw error;
  });
}

export const spellingHandlers: MessageHandlers<'background'> = {
  'background/checkSpelling': (args) =>
    logSpellingFailure(
      'check a text',
      Promise.resolve().then(() => spellingHost().check(args)),
    ),
  'background/suggestSpelling': (args) =>
    logSpellingFailure(
      'suggest words',
      Promise.resolve().then(() => spellingHost().suggest(args)),
    ),
  'background/addToDictionary': ({ word }) => addToDictionary(word),
};
