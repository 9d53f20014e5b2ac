/**
 * This frame's linter. A short message is linted right here, by the in-page linter
 * (shared/lint-protocol.ts), loaded the first time a field is focused: a keystroke's findings then
 * show without a round trip to the background, which on a busy machine cost more than the lint
 * itself. Until it has loaded, if it cannot load, and for long texts (a pasted document, whose lint
 * could hold up the page), the text goes to the background linter: one port for all of the frame's
 * fields, opened on first use and again after the background dropped it (Chrome stops an idle
 * service worker). Requests that were out when the port closed are sent again once on the new
 * port; a second loss, or an extension that is gone from under the page, rejects them.
 */
import type { FirmSettings, Report } from '../rules';
import type {
  ConnectLint,
  InPageLinter,
  LintConnection,
  LintReply,
  LintRequest,
  RuleDoc,
} from '../shared/lint-protocol';
import { nextTask } from './in-page-linter-loader';

export class LinterUnavailableError extends Error {
  constructor(detail: string) {
    super(`The checker could not reach its background (${detail}). Reload the page to check messages again.`);
    this.name = 'LinterUnavailableError';
  }
}

/** Which linter made a report: this page's or the background's. */
export type LinterPlace = 'page' | 'background';

export interface LintAnswer {
  report: Report;
  linter: LinterPlace;
}

/** Loads the in-page linter; rejects when it cannot (the client then keeps to the background). */
export type LoadInPageLinter = () => Promise<InPageLinter>;

/**
 * Texts up to this length are linted in the page: a few milliseconds at most on a slow machine
 * (an SMS of ten segments is about 1,600 characters). Longer ones go to the background, where a
 * slow lint cannot delay the page.
 */
export const IN_PAGE_MAX_CHARS = 5_000;

interface PendingLint {
  request: Extract<LintRequest, { kind: 'lint' }>;
  resolve(answer: LintAnswer): void;
  reject(error: Error): void;
  /** Ports this request was sent on. */
  sends: number;
  /** A report that came in pieces (reportReplies), and how many findings it still waits for. */
  partial?: { report: Report; findingsToFollow: number };
}

/** How many ports one request may be sent on before it fails. */
const MAX_SENDS = 2;
/** After the port closed with the extension still there, when to look again whether it is gone. */
const GONE_CHECK_DELAYS_MS = [50, 500, 2_000];

export class LintClient {
  private connection: LintConnection | null = null;
  private settings: Partial<FirmSettings> = {};
  private nextId = 1;
  private readonly pending = new Map<number, PendingLint>();
  private readonly ruleDocs = new Map<string, RuleDoc>();
  private closed = false;
  private inPage: InPageLinter | null = null;
  private inPageState: 'not-loaded' | 'loading' | 'loaded' | 'failed' = 'not-loaded';
  private inPageWaiters: ((ready: boolean) => void)[] = [];
  private inPageFailureLogged = false;

  private readonly loadInPage: LoadInPageLinter | undefined;
  private readonly extensionAlive: () => boolean;
  private readonly onExtensionGone: ((error: LinterUnavailableError) => void) | undefined;
  private goneReported = false;

  /**
   * `loadInPage`: absent where the in-page linter cannot be had (every lint goes to the
   * background). `extensionAlive`: false once the extension was reloaded, disabled or removed
   * under the page; the in-page linter then stops too, as the background's answers do.
   * `onExtensionGone`: called once when that is found out (the lint port closed with the extension
   * gone, a lint or a warm-up found it gone), so the page can take its underlines down at once.
   */
  constructor(
    private readonly connect: ConnectLint,
    options: {
      loadInPage?: LoadInPageLinter;
      extensionAlive?: () => boolean;
      onExtensionGone?: (error: LinterUnavailableError) => void;
    } = {},
  ) {
    this.loadInPage = options.loadInPage;
    this.extensionAlive = options.extensionAlive ?? (() => true);
    this.onExtensionGone = options.onExtensionGone;
  }

  /** Whether the extension is still behind this page; finding it gone tells `onExtensionGone`. */
  checkExtension(): boolean {
    if (this.goneReported) return false;
    if (this.extensionAlive()) return true;
    this.failAll(this.extensionGone('the extension was reloaded, turned off or removed'));
    return false;
  }

  /** Tells `onExtensionGone` (once) and returns the error to reject with. */
  private extensionGone(detail: string): LinterUnavailableError {
    const error = new LinterUnavailableError(detail);
    this.inPage = null;
    if (!this.goneReported) {
      this.goneReported = true;
      this.onExtensionGone?.(error);
    }
    return error;
  }

  /** The settings of every later lint. */
  configure(settings: Partial<FirmSettings>): void {
    this.settings = settings;
    this.connection?.post({ kind: 'configure', settings });
  }

  lint(text: string, firstMessage: boolean): Promise<LintAnswer> {
    if (this.closed) return Promise.reject(new LinterUnavailableError('the checker was stopped on this page'));
    if (this.goneReported) {
      return Promise.reject(new LinterUnavailableError('the extension was reloaded, turned off or removed'));
    }
    if (this.inPage !== null && !this.extensionAlive()) {
      // Nothing else would tell: the in-page linter works on without the extension behind it.
      return Promise.reject(this.extensionGone('the extension was reloaded, turned off or removed'));
    }
    const inPage =
      this.inPage !== null && text.length <= IN_PAGE_MAX_CHARS ? this.lintInPage(text, firstMessage) : null;
    if (inPage !== null) return Promise.resolve({ report: inPage, linter: 'page' });
    return new Promise<LintAnswer>((resolve, reject) => {
      const request = { kind: 'lint' as const, id: this.nextId++, text, firstMessage };
      const pending: PendingLint = { request, resolve, reject, sends: 0 };
      this.pending.set(request.id, pending);
      this.send(pending);
    });
  }

  /**
   * A field got focus: typing is about to start. Loads the in-page linter (once), and opens the
   * port now if it is closed: connecting starts a stopped service worker, which then has its
   * start-up behind it when a request comes (long texts, spelling).
   */
  warm(): void {
    if (this.closed) return;
    this.ensureConnection();
    this.startLoadingInPage();
  }

  /** What the card says about a rule (known once the in-page linter loaded or a report arrived). */
  ruleDoc(ruleId: string): RuleDoc | undefined {
    return this.ruleDocs.get(ruleId);
  }

  /**
   * Resolves once the in-page linter has taken over (true) or cannot (false: never asked for,
   * failed to load, or the client was closed).
   */
  inPageReady(): Promise<boolean> {
    if (this.inPageState === 'loaded') return Promise.resolve(true);
    if (this.inPageState === 'failed' || this.closed || this.loadInPage === undefined) return Promise.resolve(false);
    return new Promise((resolve) => this.inPageWaiters.push(resolve));
  }

  private startLoadingInPage(): void {
    const load = this.loadInPage;
    if (this.inPageState !== 'not-loaded' || load === undefined) return;
    this.inPageState = 'loading';
    const started = performance.now();
    load().then(
      (linter) => this.warmUpInPage(linter, started),
      (error: unknown) => {
        // Not fatal: the background lints everything, one message round trip slower.
        console.warn('SMS Compliance Checker: linting in the background only.', error);
        this.inPageSettled(false);
      },
    );
  }

  /**
   * Runs the linter's warm-up steps one per task, then lets it take over: until then keystrokes
   * keep going to the background, so none of them waits for a pattern to compile. (Batching the
   * steps into the page's idle periods was tried: it took twice as long to take over and, on a
   * busy machine, put two slow steps in one task.)
   */
  private warmUpInPage(linter: InPageLinter, started: number): void {
    const steps = [...linter.warmUp];
    const next = (): void => {
      if (this.closed) {
        this.inPageSettled(false);
        return;
      }
      const step = steps.shift();
      if (step === undefined) {
        this.inPage = linter;
        for (const [ruleId, doc] of Object.entries(linter.ruleDocs)) this.ruleDocs.set(ruleId, doc);
        // For the benchmark: how long after a field's focus keystrokes are linted in the page.
        performance.measure('sms-in-page-linter-ready', { start: started });
        this.inPageSettled(true);
        return;
      }
      try {
        step();
      } catch (error) {
        // A rule that throws here would throw on a keystroke too: the background keeps the work.
        console.warn('SMS Compliance Checker: the in-page linter failed to start; linting in the background.', error);
        this.inPageSettled(false);
        return;
      }
      void nextTask().then(next);
    };
    void nextTask().then(next);
  }

  private inPageSettled(ready: boolean): void {
    this.inPageState = ready ? 'loaded' : 'failed';
    const waiters = this.inPageWaiters;
    this.inPageWaiters = [];
    for (const resolve of waiters) resolve(ready);
  }

  /** The in-page lint, or null when it threw (the background then lints this text). */
  private lintInPage(text: string, firstMessage: boolean): Report | null {
    try {
      return (this.inPage as InPageLinter).lint(text, this.settings, firstMessage);
    } catch (error) {
      // Once is enough: a rule that throws on one text may well throw on the next keystroke's.
      if (!this.inPageFailureLogged) {
        console.warn('SMS Compliance Checker: the in-page linter failed; asking the background.', error);
        this.inPageFailureLogged = true;
      }
      return null;
    }
  }

  /** Rejects what is still out and closes the port (the checker stops on this page). */
  close(): void {
    this.closed = true;
    this.inPage = null;
    const connection = this.connection;
    this.connection = null;
    connection?.close();
    this.failAll(new LinterUnavailableError('the checker was stopped on this page'));
  }

  private send(pending: PendingLint): void {
    const connection = this.ensureConnection();
    if (connection === null) return;
    pending.sends++;
    // Sent again on a new port: the answer comes whole again.
    delete pending.partial;
    try {
      connection.post(pending.request);
    } catch (error) {
      this.dropConnection(connection, error);
    }
  }

  private ensureConnection(): LintConnection | null {
    if (this.connection !== null) return this.connection;
    let connection: LintConnection;
    try {
      connection = this.connect(
        (reply) => this.onReply(reply),
        () => this.dropConnection(connection, null),
      );
      connection.post({ kind: 'configure', settings: this.settings });
    } catch (error) {
      // The extension was reloaded or removed: this content script can no longer reach it.
      const detail = error instanceof Error ? error.message : String(error);
      this.failAll(this.extensionAlive() ? new LinterUnavailableError(detail) : this.extensionGone(detail));
      return null;
    }
    this.connection = connection;
    return connection;
  }

  private onReply(reply: LintReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    if (reply.kind === 'findings') {
      // The next piece of a report with very many findings: each piece is read in a task of its own.
      const partial = pending.partial;
      if (partial === undefined) return;
      for (const finding of reply.findings) partial.report.findings.push(finding);
      partial.findingsToFollow -= reply.findings.length;
      if (partial.findingsToFollow > 0) return;
      this.pending.delete(reply.id);
      pending.resolve({ report: partial.report, linter: 'background' });
      return;
    }
    if (reply.kind === 'error') {
      this.pending.delete(reply.id);
      pending.reject(new Error(reply.error));
      return;
    }
    for (const [ruleId, doc] of Object.entries(reply.ruleDocs)) this.ruleDocs.set(ruleId, doc);
    if (reply.findingsToFollow !== undefined && reply.findingsToFollow > 0) {
      pending.partial = { report: reply.report, findingsToFollow: reply.findingsToFollow };
      return;
    }
    this.pending.delete(reply.id);
    pending.resolve({ report: reply.report, linter: 'background' });
  }

  /** The port is gone: send what was out again on a new one, at most MAX_SENDS times per request. */
  private dropConnection(connection: LintConnection | undefined, error: unknown): void {
    if (connection === undefined || this.connection !== connection) return;
    this.connection = null;
    if (!this.extensionAlive()) {
      // Not a stopped service worker: the extension itself is gone. Nothing will answer again.
      this.failAll(this.extensionGone('the extension was reloaded, turned off or removed'));
      return;
    }
    // The port of a reloaded extension closes with its old service worker, a moment before Chrome
    // marks this script's context as gone: look again shortly (a look, not a reconnect, which would
    // wake a worker Chrome stopped for being idle).
    for (const delay of GONE_CHECK_DELAYS_MS) setTimeout(() => this.checkExtension(), delay);
    const waiting = [...this.pending.values()];
    for (const pending of waiting) {
      if (pending.sends >= MAX_SENDS) {
        this.pending.delete(pending.request.id);
        pending.reject(
          new LinterUnavailableError(error instanceof Error ? error.message : 'the background stopped answering'),
        );
      }
    }
    if (this.closed) return;
    for (const pending of this.pending.values()) this.send(pending);
  }

  private failAll(error: Error): void {
    const waiting = [...this.pending.values()];
    this.pending.clear();
    for (const pending of waiting) pending.reject(error);
  }
}
