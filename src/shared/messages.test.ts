import { describe, expect, it } from 'vitest';
import {
  CHANNEL,
  createLocalClient,
  createMessageClient,
  createRequest,
  dispatch,
  isRequest,
  MessageError,
  unwrapResponse,
} from './messages';

describe('message protocol', () => {
  it('wraps requests in the channel envelope', () => {
    expect(createRequest('background/ping')).toEqual({ channel: CHANNEL, type: 'background/ping', args: undefined });
    expect(isRequest(createRequest('background/ping'))).toBe(true);
  });

  it('ignores messages that are not ours', () => {
    for (const foreign of [
      null,
      'background/ping',
      { type: 'background/ping' },
      { channel: 'other', type: 'background/ping' },
    ]) {
      expect(isRequest(foreign)).toBe(false);
      expect(
        dispatch({ 'background/ping': () => ({ version: '1', answeredAt: 0 }) }, foreign, undefined),
      ).toBeUndefined();
    }
  });

  it('leaves messages without a handler to other listeners', () => {
    expect(dispatch({}, createRequest('background/ping'), undefined)).toBeUndefined();
    // An inherited property is not a handler.
    expect(dispatch({}, { channel: CHANNEL, type: 'toString' }, undefined)).toBeUndefined();
  });

  it('answers through a local client', async () => {
    const client = createLocalClient<'background'>({ 'background/ping': () => ({ version: '9.9.9', answeredAt: 42 }) });
    await expect(client.send('background/ping')).resolves.toEqual({ version: '9.9.9', answeredAt: 42 });
  });

  it('passes the sender to handlers', async () => {
    const response = await dispatch<'content', string>(
      { 'content/getStatus': (_args, sender) => ({ url: sender, topFrame: true }) },
      createRequest('content/getStatus'),
      'https://portal.example.com/',
    );
    expect(response).toEqual({
      channel: CHANNEL,
      ok: true,
      result: { url: 'https://portal.example.com/', topFrame: true },
    });
  });

  it('carries handler errors back to the caller as MessageError', async () => {
    const client = createLocalClient<'background'>({
      'background/ping': () => {
        throw new Error('storage unavailable');
      },
    });
    await expect(client.send('background/ping')).rejects.toThrow(
      new MessageError('background/ping', 'storage unavailable'),
    );
  });

  it('reports a missing receiver clearly', async () => {
    const client = createMessageClient<'background'>(async () => undefined);
    await expect(client.send('background/ping')).rejects.toThrow('background/ping: no receiver answered');
    expect(() => unwrapResponse('background/ping', { some: 'thing' })).toThrow(MessageError);
  });
});
