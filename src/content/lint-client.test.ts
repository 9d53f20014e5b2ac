import { describe, expect, it } from 'vitest';
import { answerLintRequest } from '../background/linting';
import type { ConnectLint, LintReply, LintRequest } from '../shared/lint-protocol';
import { LintClient, LinterUnavailableError } from './lint-client';

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
        port.reply(answerLintRequest(request, settings, first));
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
    const report = await pending;
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
    await expect(pending).resolves.toMatchObject({ characters: 20 });
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
