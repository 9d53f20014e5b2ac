import { afterEach, beforeEach, describe, expect, it, type MockInstance, vi } from 'vitest';
import { answerLintRequest } from '../background/linting';
import { lint } from '../rules';
import {
  type ConnectLint,
  FINDINGS_PER_REPLY,
  type InPageLinter,
  type LintReply,
  type LintRequest,
  reportReplies,
} from '../shared/lint-protocol';
import { allRuleDocs } from '../shared/rule-docs';
import { IN_PAGE_MAX_CHARS, LintClient, LinterUnavailableError } from './lint-client';

/** A fake background: each port records what it was sent and answers only when told to. */
function fakeBackground(options: { failToConnect?: boolean } = {}) {
  const ports: {
    sent: LintRequest[];
    reply(reply: LintReply): void;
    drop(): void;
    closed: boolean;
  }[] = [];
  const connect: ConnectLint = (onReply, onClose) => {
    if (options.failToConnect) throw new Error('Extension context invalidated.');
    const port = {
      sent: [] as LintRequest[],
      reply: onReply,
      drop: onClose,
      closed: false,
    };
    ports.push(port);
    return {
      post: (request) => {
        if (port.closed) throw new Error('Attempting to use a disconnected port object');
        port.sent.push(request);
      },
      close: () => {
        port.closed = true;
      },
    };
  };
  /** Lints every pending request of a port with the real rules, as the background does. */
  const answerAll = (index: number) => {
    const port = ports[index];
    if (!port) throw new Error(`no port ${index}`);
    let settings = {};
    let first = true;
    for (const request of port.sent) {
      if (request.kind === 'configure') settings = request.settings;
      else {
        const reply = answerLintRequest(request, settings, first);
        for (const piece of reply.kind === 'report' ? reportReplies(reply.id, reply.report, reply.ruleDocs) : [reply]) {
          port.reply(piece);
        }
        first = false;
      }
    }
    port.sent = [];
  };
  return { ports, connect, answerAll };
}

describe('LintClient', () => {
  it('configures the port first, then lints with those settings and learns the rules', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    client.configure({ firmName: 'Smith Law' });
    const pending = client.lint('Smith Law: see bit.ly/x. Reply STOP to opt out.', false);
    expect(background.ports).toHaveLength(1);
    expect(background.ports[0]?.sent.map((request) => request.kind)).toEqual(['configure', 'lint']);
    background.answerAll(0);
    const { report, linter } = await pending;
    expect(linter).toBe('background');
    expect(report.findings.map((finding) => finding.ruleId)).toContain('public-url-shortener');
    expect(report.findings.some((finding) => finding.ruleId === 'sender-identification')).toBe(false);
    expect(client.ruleDoc('public-url-shortener')?.why).toMatch(/carrier/i);
    expect(client.ruleDoc('spelling')?.description).toBeTruthy();
  });

  it('sends new settings on the open port, before later lints', () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    void client.lint('a', false);
    client.configure({ firmName: 'Jones' });
    void client.lint('b', false);
    expect(background.ports[0]?.sent).toEqual([
      { kind: 'configure', settings: {} },
      { kind: 'lint', id: 1, text: 'a', firstMessage: false },
      { kind: 'configure', settings: { firmName: 'Jones' } },
      { kind: 'lint', id: 2, text: 'b', firstMessage: false },
    ]);
  });

  it('sends what was out again on a new port when the background dropped the first', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    client.configure({ firmName: 'Smith Law' });
    const pending = client.lint('Hello from Smith Law', true);
    background.ports[0]?.drop();
    expect(background.ports).toHaveLength(2);
    expect(background.ports[1]?.sent).toEqual([
      { kind: 'configure', settings: { firmName: 'Smith Law' } },
      { kind: 'lint', id: 1, text: 'Hello from Smith Law', firstMessage: true },
    ]);
    background.answerAll(1);
    await expect(pending).resolves.toMatchObject({ report: { characters: 20 } });
  });

  it('puts together a report that came in pieces, and only then answers', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    const text = '('.repeat(FINDINGS_PER_REPLY * 2 + 10);
    const report = lint(text);
    const replies = reportReplies(1, report, {});
    expect(replies.map((reply) => reply.kind)).toEqual(['report', 'findings', 'findings']);
    let answered = false;
    const pending = client.lint(text, false).then((answer) => {
      answered = true;
      return answer;
    });
    const port = background.ports[0];
    for (const reply of replies.slice(0, -1)) port?.reply(reply);
    await Promise.resolve();
    expect(answered).toBe(false);
    port?.reply(replies.at(-1) as LintReply);
    const { report: whole, linter } = await pending;
    expect(linter).toBe('background');
    expect(whole).toEqual(report);
  });

  it('a report cut off by a lost port is asked for again and put together from the new port only', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    const text = ')'.repeat(FINDINGS_PER_REPLY + 5);
    const pending = client.lint(text, false);
    const [first] = reportReplies(1, lint(text), {});
    background.ports[0]?.reply(first as LintReply);
    background.ports[0]?.drop();
    background.answerAll(1);
    const { report } = await pending;
    expect(report.findings).toEqual(lint(text).findings);
  });

  it('gives up on a request after a second lost port, with an error that says to reload', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    const pending = client.lint('text', false);
    background.ports[0]?.drop();
    background.ports[1]?.drop();
    await expect(pending).rejects.toBeInstanceOf(LinterUnavailableError);
    await expect(pending).rejects.toThrow(/Reload the page/);
  });

  it('rejects at once when the extension is gone from under the page', async () => {
    const client = new LintClient(fakeBackground({ failToConnect: true }).connect);
    await expect(client.lint('text', false)).rejects.toThrow(/Extension context invalidated/);
  });

  it('passes a lint error from the background on to the caller', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    const pending = client.lint('text', false);
    background.ports[0]?.reply({ kind: 'error', id: 1, error: 'boom' });
    await expect(pending).rejects.toThrow('boom');
  });

  it('ignores answers nobody asked for and rejects everything once closed', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    const pending = client.lint('text', false);
    background.ports[0]?.reply({ kind: 'error', id: 99, error: 'not ours' });
    client.close();
    expect(background.ports[0]?.closed).toBe(true);
    await expect(pending).rejects.toBeInstanceOf(LinterUnavailableError);
    await expect(client.lint('more', false)).rejects.toBeInstanceOf(LinterUnavailableError);
  });

  it('warm() opens and configures the port ahead of the first lint, once', () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect);
    client.configure({ firmName: 'Smith Law' });
    client.warm();
    client.warm();
    expect(background.ports).toHaveLength(1);
    expect(background.ports[0]?.sent).toEqual([{ kind: 'configure', settings: { firmName: 'Smith Law' } }]);
    background.ports[0]?.drop();
    client.warm();
    expect(background.ports).toHaveLength(2);
  });
});

/** The in-page linter as its module builds it, with a count of the lints it made. */
function realInPageLinter(): InPageLinter & { calls: number } {
  const linter = {
    calls: 0,
    lint: (text: string, settings: object, firstMessage: boolean) => {
      linter.calls++;
      return lint(text, settings, { firstMessage });
    },
    ruleDocs: allRuleDocs(),
    warmUp: [],
  };
  return linter;
}

describe('LintClient with the in-page linter', () => {
  // The failures below warn on the console; the spy keeps the output clean and counts the warnings.
  let warn: MockInstance<typeof console.warn>;
  beforeEach(() => {
    warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => warn.mockRestore());

  it('loads it on warm() only, once, and then lints short texts in the page with the configured settings', async () => {
    const background = fakeBackground();
    const inPage = realInPageLinter();
    let loads = 0;
    const client = new LintClient(background.connect, {
      loadInPage: async () => {
        loads++;
        return inPage;
      },
    });
    client.configure({ firmName: 'Smith Law', firmDomains: ['smithlaw.com'] });
    // Before warm(): the background lints.
    const early = client.lint('Smith Law: https://smithlaw.com/x Reply STOP to opt out.', false);
    expect(loads).toBe(0);
    background.answerAll(0);
    await expect(early).resolves.toMatchObject({ linter: 'background' });

    client.warm();
    client.warm();
    await expect(client.inPageReady()).resolves.toBe(true);
    expect(loads).toBe(1);
    const text = 'Smith Law: see bit.ly/x or https://other.example/y. Reply STOP to opt out.';
    const answer = await client.lint(text, false);
    expect(answer.linter).toBe('page');
    expect(answer.report).toEqual(lint(text, { firmName: 'Smith Law', firmDomains: ['smithlaw.com'] }));
    expect(inPage.calls).toBe(1);
    // Nothing more went to the background.
    expect(background.ports[0]?.sent).toEqual([]);
    expect(client.ruleDoc('emoji')?.why).toMatch(/UCS-2/);
  });

  it('runs the warm-up steps one per task and keeps linting in the background until they are done', async () => {
    const background = fakeBackground();
    const inPage = realInPageLinter();
    const ran: string[] = [];
    const client = new LintClient(background.connect, {
      loadInPage: async () => ({ ...inPage, warmUp: [() => ran.push('links'), () => ran.push('emoji')] }),
    });
    client.warm();
    await Promise.resolve();
    await Promise.resolve();
    // Loaded, but no step has run in the task that loaded it.
    expect(ran).toEqual([]);
    const during = client.lint('Hi', false);
    background.answerAll(0);
    await expect(during).resolves.toMatchObject({ linter: 'background' });
    await expect(client.inPageReady()).resolves.toBe(true);
    expect(ran).toEqual(['links', 'emoji']);
    await expect(client.lint('Hi', false)).resolves.toMatchObject({ linter: 'page' });
  });

  it('sends texts longer than IN_PAGE_MAX_CHARS to the background', async () => {
    const background = fakeBackground();
    const inPage = realInPageLinter();
    const client = new LintClient(background.connect, { loadInPage: async () => inPage });
    client.warm();
    await client.inPageReady();
    const atLimit = 'a'.repeat(IN_PAGE_MAX_CHARS);
    await expect(client.lint(atLimit, false)).resolves.toMatchObject({ linter: 'page' });
    const pending = client.lint(`${atLimit}b`, false);
    expect(background.ports[0]?.sent.at(-1)).toMatchObject({ kind: 'lint', text: `${atLimit}b` });
    background.answerAll(0);
    await expect(pending).resolves.toMatchObject({
      linter: 'background',
      report: { characters: IN_PAGE_MAX_CHARS + 1 },
    });
    expect(inPage.calls).toBe(1);
  });

  it('keeps to the background, with one warning, when the linter cannot be loaded', async () => {
    const background = fakeBackground();
    let loads = 0;
    const client = new LintClient(background.connect, {
      loadInPage: () => {
        loads++;
        return Promise.reject(new Error('blocked'));
      },
    });
    client.warm();
    await expect(client.inPageReady()).resolves.toBe(false);
    client.warm();
    await expect(client.inPageReady()).resolves.toBe(false);
    expect(loads).toBe(1);
    expect(warn).toHaveBeenCalledTimes(1);
    const pending = client.lint('Hello', false);
    background.answerAll(0);
    await expect(pending).resolves.toMatchObject({ linter: 'background', report: { characters: 5 } });
  });

  it('keeps to the background when a warm-up step throws', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect, {
      loadInPage: async () => ({
        ...realInPageLinter(),
        warmUp: [
          () => {
            throw new Error('pattern broke');
          },
        ],
      }),
    });
    client.warm();
    await expect(client.inPageReady()).resolves.toBe(false);
    expect(warn).toHaveBeenCalledTimes(1);
    const pending = client.lint('Hello', false);
    background.answerAll(0);
    await expect(pending).resolves.toMatchObject({ linter: 'background' });
  });

  it('asks the background for a text the in-page linter threw on', async () => {
    const background = fakeBackground();
    const client = new LintClient(background.connect, {
      loadInPage: async () => ({
        lint: () => {
          throw new Error('rules broke');
        },
        ruleDocs: {},
        warmUp: [],
      }),
    });
    client.warm();
    await client.inPageReady();
    const pending = client.lint('Hello there', false);
    background.answerAll(0);
    await expect(pending).resolves.toMatchObject({ linter: 'background', report: { characters: 11 } });
    const again = client.lint('Hello there!', false);
    background.answerAll(0);
    await expect(again).resolves.toMatchObject({ linter: 'background', report: { characters: 12 } });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('stops linting in the page, with the error that says to reload, once the extension is gone', async () => {
    const background = fakeBackground();
    let alive = true;
    const client = new LintClient(background.connect, {
      loadInPage: async () => realInPageLinter(),
      extensionAlive: () => alive,
    });
    client.warm();
    await client.inPageReady();
    await expect(client.lint('Hi 😀', false)).resolves.toMatchObject({ linter: 'page' });
    alive = false;
    await expect(client.lint('Hi 😀 more', false)).rejects.toThrow(/reloaded, turned off or removed.*Reload the page/);
  });

  it('without a loader, or once closed, it never takes over', async () => {
    const background = fakeBackground();
    const plain = new LintClient(background.connect);
    plain.warm();
    await expect(plain.inPageReady()).resolves.toBe(false);

    let finish: (linter: InPageLinter) => void = () => undefined;
    const client = new LintClient(background.connect, {
      loadInPage: () =>
        new Promise<InPageLinter>((resolve) => {
          finish = resolve;
        }),
    });
    client.warm();
    const ready = client.inPageReady();
    client.close();
    finish(realInPageLinter());
    await expect(ready).resolves.toBe(false);
    await expect(client.lint('Hello', false)).rejects.toBeInstanceOf(LinterUnavailableError);
  });

  it('tells once that the extension is gone when its port closes with it, at once or a moment later', async () => {
    vi.useFakeTimers();
    try {
      const background = fakeBackground();
      let alive = true;
      const gone = vi.fn();
      const client = new LintClient(background.connect, { extensionAlive: () => alive, onExtensionGone: gone });
      const pending = expect(client.lint('Hi', false)).rejects.toThrow(/Reload the page/);
      // The old service worker stops first (port closed, the extension still looks alive)...
      background.ports[0]?.drop();
      expect(gone).not.toHaveBeenCalled();
      // ...and Chrome marks this script's context as gone a moment later.
      alive = false;
      await vi.advanceTimersByTimeAsync(100);
      expect(gone).toHaveBeenCalledTimes(1);
      expect(gone.mock.calls[0]?.[0]).toBeInstanceOf(LinterUnavailableError);
      await pending;
      await vi.advanceTimersByTimeAsync(5_000);
      await expect(client.lint('Hi again', false)).rejects.toBeInstanceOf(LinterUnavailableError);
      expect(gone).toHaveBeenCalledTimes(1);

      // Gone already when the port closes: told at once.
      const other = fakeBackground();
      let otherAlive = true;
      const otherGone = vi.fn();
      const second = new LintClient(other.connect, { extensionAlive: () => otherAlive, onExtensionGone: otherGone });
      second.warm();
      otherAlive = false;
      other.ports[0]?.drop();
      expect(otherGone).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a port closed by an idle service worker is not taken for a gone extension', async () => {
    vi.useFakeTimers();
    try {
      const background = fakeBackground();
      const gone = vi.fn();
      const client = new LintClient(background.connect, { extensionAlive: () => true, onExtensionGone: gone });
      client.warm();
      background.ports[0]?.drop();
      await vi.advanceTimersByTimeAsync(5_000);
      expect(gone).not.toHaveBeenCalled();
      // No reconnect just to look: the port opens again with the next request.
      expect(background.ports).toHaveLength(1);
      const pending = client.lint('Hi', false);
      expect(background.ports).toHaveLength(2);
      background.answerAll(1);
      await expect(pending).resolves.toMatchObject({ linter: 'background' });
    } finally {
      vi.useRealTimers();
    }
  });
});
