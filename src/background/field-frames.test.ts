import { describe, expect, it } from 'vitest';
import { fieldFrames, type SessionArea } from './field-frames';

function fakeSession(): SessionArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = {};
  return {
    data,
    get: async (key) => (key in data ? { [key]: data[key] } : {}),
    set: async (items) => {
      Object.assign(data, items);
    },
    remove: async (key) => {
      delete data[key];
    },
  };
}

describe('fieldFrames', () => {
  it('answers the top frame until a frame reports a used field, then that frame', async () => {
    const frames = fieldFrames(fakeSession());
    expect(await frames.frameOf(7)).toBe(0);
    await frames.used({ tab: { id: 7 } as never, frameId: 3 });
    expect(await frames.frameOf(7)).toBe(3);
    await frames.used({ tab: { id: 7 } as never, frameId: 0 });
    expect(await frames.frameOf(7)).toBe(0);
  });

  it('keeps tabs apart, ignores senders without a tab and forgets closed tabs', async () => {
    const session = fakeSession();
    const frames = fieldFrames(session);
    await frames.used({ tab: { id: 1 } as never, frameId: 5 });
    await frames.used({ tab: { id: 2 } as never, frameId: 9 });
    await frames.used({ frameId: 4 });
    expect(await frames.frameOf(1)).toBe(5);
    expect(await frames.frameOf(2)).toBe(9);
    await frames.forget(1);
    expect(await frames.frameOf(1)).toBe(0);
    expect(Object.keys(session.data)).toEqual(['fieldFrame:2']);
  });

  it('falls back to the top frame when storage holds something else', async () => {
    const session = fakeSession();
    session.data['fieldFrame:4'] = 'two';
    expect(await fieldFrames(session).frameOf(4)).toBe(0);
  });
});
