/**
 * Spelling for one field, off the keystroke path. lint() gives the synchronous report at once; this
 * asks the background's spelling host for the same text about 150 ms after the last input (one
 * request in flight per field, replies for older text dropped) and merges the answer into the
 * report with mergeReports. While the user types, the last answer's findings follow the edit (the
 * ones the edit touched are dropped), so underlines do not blink on every keystroke.
 */
import { type Finding, type FirmSettings, mergeReports, type Report } from '../rules';
import { MessageError } from '../shared/messages';
import { backgroundClient } from '../shared/messaging';
import {
  type AddToDictionaryResult,
  type CheckSpellingArgs,
  type SpellingSettings,
  SUGGEST_TIME_LIMIT_MS,
  spellingSettingsOf,
} from '../shared/spelling-protocol';
import { PauseTimer } from './pause-timer';
import { followEdit } from './text-edits';

/** Pause in typing before spelling is asked for. */
export const SPELLING_DELAY_MS = 150;
/**
 * After a failed request (service worker restarting, spelling host still starting on a busy
 * machine, extension updated), ask again this much later; after the last, wait for the next edit.
 */
const RETRY_DELAYS_MS = [500, 2000, 5000, 10_000];

export interface SpellingTransport {
  check(args: CheckSpellingArgs): Promise<Finding[]>;
}

const backgroundTransport: SpellingTransport = {
  check: (args) => backgroundClient.send('background/checkSpelling', args),
};

/** Spelling failures already logged on this page: each distinct one once, not once per keystroke. */
const loggedFailures = new Set<string>();

/** The reason of a failed spelling request, in words for the badge's title and the popup. */
function failureText(error: unknown): string {
  if (error instanceof MessageError) return error.message.slice(error.messageType.length + 2);
  return error instanceof Error ? error.message : String(error);
}

/** Words added to the dictionary from this page: hidden at once, before the settings change arrives. */
const acceptedWords = new Set<string>();
const liveFields = new Set<FieldSpelling>();

interface Answer {
  text: string;
  settingsKey: string;
  findings: Finding[];
  /** False once moved onto newer text: a request for that text is still due. */
  fresh: boolean;
}

interface Wanted {
  text: string;
  settings: Partial<SpellingSettings>;
  settingsKey: string;
}

/** Per settings object (one per settings change): merge() runs on every answer, this need not. */
const spellingRequests = new WeakMap<
  Partial<FirmSettings>,
  { spellingSettings: Partial<SpellingSettings>; settingsKey: string }
>();

function spellingRequestOf(settings: Partial<FirmSettings>) {
  let request = spellingRequests.get(settings);
  if (request === undefined) {
    const spellingSettings = spellingSettingsOf(settings);
    request = { spellingSettings, settingsKey: JSON.stringify(spellingSettings) };
    spellingRequests.set(settings, request);
  }
  return request;
}

export class FieldSpelling {
  private answer: Answer | null = null;
  private wanted: Wanted | null = null;
  /** Sends once typing has paused for `delayMs` since the last request. */
  private readonly timer: PauseTimer;
  private inFlight = false;
  private destroyed = false;
  private failures = 0;
  /** Why the last request failed (cleared by an answer): the badge and the popup say so. */
  private failure: string | null = null;

  /** `onUpdate` is called when new findings arrived for the current text: re-lint and redraw. */
  constructor(
    private readonly onUpdate: () => void,
    private readonly transport: SpellingTransport = backgroundTransport,
    delayMs = SPELLING_DELAY_MS,
  ) {
    this.timer = new PauseTimer(() => void this.send(), delayMs);
    liveFields.add(this);
  }

  /**
   * The synchronous report of `text` plus the spelling findings known for it, and a request for
   * fresh ones when the text or the spelling-relevant settings changed since the last answer.
   */
  merge(text: string, report: Report, settings: Partial<FirmSettings>): Report {
    const { spellingSettings, settingsKey } = spellingRequestOf(settings);
    this.request(text, spellingSettings, settingsKey);
    const answer = this.answer;
    if (answer === null) return report;
    if (answer.text !== text) {
      this.answer = { ...answer, text, findings: followEdit(answer.findings, answer.text, text), fresh: false };
    }
    const findings = (this.answer as Answer).findings.filter(
      (finding) => !acceptedWords.has(text.slice(finding.start, finding.end).toLowerCase()),
    );
    return mergeReports(report, findings);
  }

  private request(text: string, settings: Partial<SpellingSettings>, settingsKey: string): void {
    if (this.destroyed) return;
    const answer = this.answer;
    if (answer?.fresh && answer.text === text && answer.settingsKey === settingsKey) return;
    if (this.wanted?.text === text && this.wanted.settingsKey === settingsKey) return;
    this.wanted = { text, settings, settingsKey };
    this.failures = 0;
    this.timer.changed();
  }

  private async send(): Promise<void> {
    const asked = this.wanted;
    if (this.inFlight || asked === null || this.destroyed) return;
    this.inFlight = true;
    let findings: Finding[] | null = null;
    let failure: string | null = null;
    try {
      findings = await this.transport.check({ text: asked.text, settings: asked.settings });
    } catch (error) {
      // No spelling host (extension reloaded, dictionary missing): the other rules still work, and
      // the badge and the popup say spelling is not checked.
      failure = failureText(error);
      if (!loggedFailures.has(failure)) {
        loggedFailures.add(failure);
        console.warn('SMS Compliance Checker: the spelling check failed; the other checks go on.', error);
      }
    }
    this.inFlight = false;
    if (this.destroyed) return;
    if (this.wanted === asked) {
      if (findings === null) {
        const changed = this.failure !== failure;
        this.failure = failure;
        if (changed) this.onUpdate();
        const delay = RETRY_DELAYS_MS[this.failures++];
        if (delay !== undefined) this.timer.fireIn(delay);
        else this.wanted = null;
        return;
      }
      this.failure = null;
      this.failures = 0;
      this.wanted = null;
      this.answer = { text: asked.text, settingsKey: asked.settingsKey, findings, fresh: true };
      this.onUpdate();
    } else if (!this.timer.pending) {
      // Newer text whose pause already passed while this request was out.
      void this.send();
    }
  }

  /** Why spelling is not being checked in this field right now, or null. */
  get unavailable(): string | null {
    return this.failure;
  }

  /** Re-checks on the next merge (a word was added to the dictionary). */
  refresh(): void {
    this.onUpdate();
  }

  destroy(): void {
    this.destroyed = true;
    this.timer.cancel();
    liveFields.delete(this);
  }
}

/**
 * Corrections for one word, best first (empty when the host cannot answer in time), from the
 * dictionary of `language`: the flagged word's sentence's (Finding.language).
 */
export async function requestSuggestions(word: string, language?: 'en' | 'es'): Promise<string[]> {
  try {
    return await backgroundClient.send('background/suggestSpelling', {
      word,
      timeLimitMs: SUGGEST_TIME_LIMIT_MS,
      ...(language ? { language } : {}),
    });
  } catch {
    return [];
  }
}

/** Adds the word to the firm dictionary; on success it stops being flagged in every field at once. */
export async function requestAddToDictionary(word: string): Promise<AddToDictionaryResult> {
  let result: AddToDictionaryResult;
  try {
    result = await backgroundClient.send('background/addToDictionary', { word });
  } catch (error) {
    return { added: false, reason: error instanceof Error ? error.message : String(error) };
  }
  if (result.added) {
    acceptedWords.add(word.toLowerCase());
    for (const field of liveFields) field.refresh();
  }
  return result;
}
