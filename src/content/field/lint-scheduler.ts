/**
 * What one field sends to the linter, and when. A text change asks the frame's linter
 * (lint-client.ts: in the page, or in the background) for findings, one request in flight per
 * field: the answer to it asks again with the newest text if the user typed meanwhile. A long text
 * whose answer was slow no longer follows every keystroke: the next request waits for a pause in
 * typing. Nothing runs while the user is idle.
 */
import type { Report } from '../../rules';
import type { LintAnswer, LinterPlace } from '../lint-client';

/**
 * A long text (a pasted document) whose answer took longer than SLOW_LINT_MS no longer follows
 * every keystroke: the next request waits for a pause in typing, and the badge says it is checking
 * meanwhile. A short message never does: one slow answer (the background waking up) says nothing
 * about the next, and one request in flight at a time already bounds the work.
 */
export const SLOW_LINT_MS = 30;
export const LONG_TEXT_CHARS = 4_000;
export const MAX_LINT_DELAY_MS = 600;
/**
 * While an answer is this young, a frame keeps the underlines where they are instead of moving the
 * last findings onto the edit: the answer is due within milliseconds and a second layout pass in
 * between would only delay it.
 */
export const ANSWER_EXPECTED_MS = 50;
/** How long the popup or "Fix all" waits for the answer on the newest text. */
export const SETTLE_TIMEOUT_MS = 5_000;

/** What the scheduler needs from its field and page. */
export interface LintSchedulerHost {
  readText(): string;
  lint(text: string, firstMessage: boolean): Promise<LintAnswer>;
  /** Bumped when the settings change: a report made under older settings is stale. */
  settingsGeneration(): number;
  /** Whether the field has the keyboard focus (an empty field nobody is in is not linted). */
  hasFocus(): boolean;
  /** The linter's report with whatever else the field adds (spelling findings). */
  complete(text: string, lintReport: Report): Report;
  /** A new report is in hand (`edited`: for another text than the last one, or the first). */
  answered(edited: boolean): void;
  /** The linter failed: what the field shows must go. */
  failed(): void;
  /** Asks for a frame in which the field is drawn. */
  schedule(): void;
  isDestroyed(): boolean;
  /** The clock (performance.now by default). */
  now?(): number;
}

export class LintScheduler {
  /** Checked under first-message rules; cleared when the user empties the field. */
  firstMessage: boolean;
  /** The text the current report was made on. */
  private reportText = '';
  /** The linter's answer for `reportText`, before the field's own findings are added. */
  private lintReport: Report | null = null;
  private fullReport: Report | null = null;
  /** Settings generation and first-message flag the report was made with. */
  private reportKey = '';
  /** The field's text may differ from `reportText`: an answer for the newest text is due. */
  private dirty = true;
  private inFlight = false;
  private sentAt = 0;
  /** Which linter made the last report (the badge says so to automation, as data-linter). */
  private place: LinterPlace | null = null;
  /** Why the background could not lint (the extension was reloaded under the page). */
  private failure: string | null = null;
  private settleWaiters: (() => void)[] = [];
  /** How long the last answer on a long text took; above SLOW_LINT_MS the next request waits for a pause in typing. */
  private cost = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /**
   * The text changed by more than LONG_TEXT_CHARS at once (a document pasted or cut) and no answer
   * for it is in hand yet: the badge says it is checking, and nothing is drawn for the old findings.
   */
  private bigChange = false;

  constructor(
    private readonly host: LintSchedulerHost,
    firstMessage: boolean,
  ) {
    this.firstMessage = firstMessage;
  }

  private now(): number {
    return this.host.now?.() ?? performance.now();
  }

  /** The last report (with the field's own findings), or null before the first answer. */
  get report(): Report | null {
    return this.fullReport;
  }

  /** The text the last report was made on. */
  get text(): string {
    return this.reportText;
  }

  get linter(): LinterPlace | null {
    return this.place;
  }

  /** Why the text could not be checked, or null. */
  get lintFailure(): string | null {
    return this.failure;
  }

  /** True while a huge text waits for a pause in typing or for its answer (or before the first answer). */
  get checking(): boolean {
    return this.dirty && (this.fullReport === null || this.cost > SLOW_LINT_MS || this.bigChange);
  }

  /** The field changed since the report: the report is one answer behind. */
  get stale(): boolean {
    return this.dirty;
  }

  /** An answer for the newest text was asked for so recently that it is due any moment. */
  get answerExpected(): boolean {
    return this.dirty && this.inFlight && this.now() - this.sentAt < ANSWER_EXPECTED_MS;
  }

  /** The field's text (or the settings) changed. */
  markDirty(): void {
    this.dirty = true;
    if (this.timer === undefined && this.isBigChange()) {
      // A document pasted (or cut) at once. The browser has just laid out the whole text in the
      // task that inserted it, often close to a long task by itself: the request (copying the text
      // to the linter) waits for a task of its own, and until its answer comes the frame only
      // updates the badge, which says it is checking, instead of moving the old underlines.
      this.bigChange = true;
      this.timer = setTimeout(() => {
        this.timer = undefined;
        this.request();
      }, 0);
    } else if (this.cost > SLOW_LINT_MS) {
      // A huge text: ask again once typing pauses; meanwhile the old findings follow the edit.
      if (this.timer !== undefined) clearTimeout(this.timer);
      this.timer = setTimeout(
        () => {
          this.timer = undefined;
          this.request();
        },
        Math.min(MAX_LINT_DELAY_MS, this.cost * 2),
      );
    } else {
      this.request();
      // The answer schedules the frame that draws it; a frame before it would have nothing to draw.
      if (this.inFlight && this.fullReport !== null) return;
    }
    this.host.schedule();
  }

  /**
   * Whether the field's text differs in length from the report's by more than LONG_TEXT_CHARS (the
   * field's first text is not a change: until its first answer the badge says it is checking anyway).
   */
  private isBigChange(): boolean {
    return this.fullReport !== null && Math.abs(this.host.readText().length - this.reportText.length) > LONG_TEXT_CHARS;
  }

  /** In a frame: asks for the answer a change still waits for, unless it waits for a pause in typing. */
  pump(): void {
    if (this.dirty && !this.inFlight && this.timer === undefined) this.request();
  }

  private key(): string {
    return `${this.host.settingsGeneration()}:${this.firstMessage}`;
  }

  /** Sends the field's text to the linter unless an answer for it is in hand or on its way. */
  private request(): void {
    if (this.inFlight || this.host.isDestroyed()) return;
    const text = this.host.readText();
    // Clearing the field after the invitation went out: what follows is not the first message.
    if (text === '' && this.reportText !== '') this.firstMessage = false;
    if (text === '' && this.fullReport === null && !this.host.hasFocus()) {
      // An empty field nobody is in shows no badge: nothing to ask until it is focused or filled.
      this.settle();
      return;
    }
    const key = this.key();
    if (this.fullReport !== null && text === this.reportText && key === this.reportKey && this.failure === null) {
      this.settle();
      return;
    }
    this.inFlight = true;
    const started = this.now();
    this.sentAt = started;
    this.host.lint(text, this.firstMessage).then(
      (answer) => this.onAnswer(text, key, answer, this.now() - started),
      (error: unknown) => this.onFailed(error),
    );
  }

  private onAnswer(text: string, key: string, { report, linter }: LintAnswer, cost: number): void {
    this.inFlight = false;
    if (this.host.isDestroyed()) return;
    this.place = linter;
    const edited = text !== this.reportText || this.fullReport === null;
    this.failure = null;
    this.cost = text.length > LONG_TEXT_CHARS ? cost : 0;
    this.reportText = text;
    this.lintReport = report;
    this.reportKey = key;
    this.fullReport = this.host.complete(text, report);
    // An answer for the text before a paste does not end the wait for the pasted one's.
    this.bigChange = this.bigChange && this.isBigChange();
    if (this.host.readText() !== text || this.key() !== key) {
      // The user typed while this was out: ask for the newest text (after a pause if linting is slow).
      if (this.timer === undefined) this.markDirty();
    } else {
      this.settle();
    }
    this.host.answered(edited);
  }

  private onFailed(error: unknown): void {
    this.inFlight = false;
    if (this.host.isDestroyed()) return;
    this.bigChange = false;
    this.failure = error instanceof Error ? error.message : String(error);
    this.settle();
    this.host.failed();
  }

  /** The extension is gone from under the page: nothing will lint this field again. */
  extensionGone(reason: string): void {
    this.failure = reason;
    this.settle();
  }

  /** The field's own findings changed (spelling arrived): the report is completed again. */
  recomplete(): boolean {
    if (this.lintReport === null) return false;
    this.fullReport = this.host.complete(this.reportText, this.lintReport);
    return true;
  }

  private settle(): void {
    this.dirty = false;
    const waiters = this.settleWaiters;
    this.settleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /** Resolves once the report is that of the field's current text (or the linter gave up). */
  settled(): Promise<void> {
    if (!this.dirty && !this.inFlight) return Promise.resolve();
    const settled = new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
      this.settleWaiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    // Waiting for a pause in typing: someone wants the answer now. (The request may settle at
    // once, which is why the waiter is registered first.)
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
    this.request();
    return settled;
  }

  destroy(): void {
    this.settle();
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
