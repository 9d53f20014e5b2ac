/**
 * This frame's client of the background linter (shared/lint-protocol.ts): one port for all of the
 * frame's fields, opened on first use and again after the background dropped it (Chrome stops an
 * idle service worker). Requests that were out when the port closed are sent again once on the
 * new port; a second loss, or an extension that is gone from under the page, rejects them.
 */
import type { FirmSettings } from '../rules/settings';
import type { Report } from '../rules/types';
import type { ConnectLint, LintConnection, LintReply, LintRequest, RuleDoc } from '../shared/lint-protocol';

export class LinterUnavailableError extends Error {
  constructor(detail: string) {
    super(`The checker could not reach its background (${detail}). Reload the page to check messages again.`);
    this.name = 'LinterUnavailableError';
  }
}

interface PendingLint {
  request: Extract<LintRequest, { kind: 'lint' }>;
  resolve(report: Report): void;
  reject(error: Error): void;
  /** Ports this request was sent on. */
  sends: number;
}

/** How many ports one request may be sent on before it fails. */
const MAX_SENDS = 2;

export class LintClient {
  private connection: LintConnection | null = null;
  private settings: Partial<FirmSettings> = {};
  private nextId = 1;
  private readonly pending = new Map<number, PendingLint>();
  private readonly ruleDocs = new Map<string, RuleDoc>();
  private closed = false;

  constructor(private readonly connect: ConnectLint) {}

  /** The settings of every later lint. */
  configure(settings: Partial<FirmSettings>): void {
    this.settings = settings;
    this.connection?.post({ kind: 'configure', settings });
  }

  lint(text: string, firstMessage: boolean): Promise<Report> {
    if (this.closed) return Promise.reject(new LinterUnavailableError('the checker was stopped on this page'));
    return new Promise<Report>((resolve, reject) => {
      const request = { kind: 'lint' as const, id: this.nextId++, text, firstMessage };
      const pending: PendingLint = { request, resolve, reject, sends: 0 };
      this.pending.set(request.id, pending);
      this.send(pending);
    });
  }

  /**
   * Opens the port now if it is closed (a field got focus): connecting starts a stopped service
   * worker, which then has its start-up behind it when the first keystroke's request comes.
   */
  warm(): void {
    if (!this.closed) this.ensureConnection();
  }

  /** What the card says about a rule (known once a report with its findings arrived). */
  ruleDoc(ruleId: string): RuleDoc | undefined {
    return this.ruleDocs.get(ruleId);
  }

  /** Rejects what is still out and closes the port (the checker stops on this page). */
  close(): void {
    this.closed = true;
    const connection = this.connection;
    this.connection = null;
    connection?.close();
    this.failAll(new LinterUnavailableError('the checker was stopped on this page'));
  }

  private send(pending: PendingLint): void {
    const connection = this.ensureConnection();
    if (connection === null) return;
    pending.sends++;
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
      this.failAll(new LinterUnavailableError(error instanceof Error ? error.message : String(error)));
      return null;
    }
    this.connection = connection;
    return connection;
  }

  private onReply(reply: LintReply): void {
    const pending = this.pending.get(reply.id);
    if (!pending) return;
    this.pending.delete(reply.id);
    if (reply.kind === 'error') {
      pending.reject(new Error(reply.error));
      return;
    }
    for (const [ruleId, doc] of Object.entries(reply.ruleDocs)) this.ruleDocs.set(ruleId, doc);
    pending.resolve(reply.report);
  }

  /** The port is gone: send what was out again on a new one, at most MAX_SENDS times per request. */
  private dropConnection(connection: LintConnection | undefined, error: unknown): void {
    if (connection === undefined || this.connection !== connection) return;
    this.connection = null;
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
