// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Fix } from '../../rules';
import type { TextSelection } from '../adapters/types';
import { FakeAdapter } from '../testing/fake-adapter';
import {
  adapterEditStrategy,
  EDITOR_REFUSED_REASON,
  type EditStrategy,
  editStrategyFor,
  registerEditStrategy,
} from './edit-strategy';
import { FixApplier } from './fix-applier';

function fix(start: number, end: number, text: string, label = 'Fix'): Fix {
  return { label, safe: true, edits: [{ start, end, text }] };
}

function setup(text: string, strategy?: EditStrategy) {
  const adapter = new FakeAdapter(text);
  let remembered: TextSelection | null = null;
  const textEdited = vi.fn();
  const applier = new FixApplier(
    {
      adapter,
      lastSelection: () => remembered,
      selectionPlaced: (selection) => {
        remembered = selection;
      },
      textEdited,
      isDestroyed: () => false,
    },
    strategy,
  );
  return {
    adapter,
    applier,
    textEdited,
    remember(selection: TextSelection) {
      remembered = selection;
    },
    remembered: () => remembered,
  };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('FixApplier.applyFixes', () => {
  it('applies a fix, says so and asks for a new lint', async () => {
    const { adapter, applier, textEdited } = setup('Hi URGENT news');
    const result = await applier.applyFixes([fix(3, 9, 'Urgent')], 'Hi URGENT news');
    expect(result).toEqual({ applied: true, text: 'Hi Urgent news' });
    expect(adapter.text).toBe('Hi Urgent news');
    expect(textEdited).toHaveBeenCalledOnce();
  });

  it('moves fixes onto text the user changed elsewhere, and drops the ones whose words changed', async () => {
    const { adapter, applier } = setup('Hi URGENT news!! Call');
    adapter.text = 'Oh hi URGENT news!! Call';
    const result = await applier.applyFixes([fix(3, 9, 'Urgent'), fix(14, 16, '!')], 'Hi URGENT news!! Call');
    expect(result.text).toBe('Oh hi Urgent news! Call');
    expect(result.reason).toBeUndefined();

    adapter.text = 'Oh hi Urgent news! Call';
    const stale = await applier.applyFixes([fix(0, 2, 'Hello')], 'Hi Urgent news! Call');
    expect(stale).toEqual({
      applied: false,
      text: 'Oh hi Urgent news! Call',
      reason: 'The message changed since these fixes were suggested.',
    });
    expect(adapter.applied).toHaveLength(1);
  });

  it('says when some fixes were skipped because the message changed', async () => {
    const { adapter, applier } = setup('AAA bbb CCC');
    adapter.text = 'AAA bXb CCC';
    const result = await applier.applyFixes([fix(0, 3, 'Aaa'), fix(4, 7, 'BBB')], 'AAA bbb CCC');
    expect(result.text).toBe('Aaa bXb CCC');
    expect(result.reason).toBe('Some fixes were skipped because the message changed.');
  });

  it('refuses nothing-to-do and unsafe links without touching the field', async () => {
    const { adapter, applier } = setup('See example.com');
    expect(await applier.applyFixes([], 'See example.com')).toMatchObject({
      applied: false,
      reason: 'There was nothing to fix.',
    });
    const unsafe = await applier.applyFixes([fix(4, 15, 'javascript:alert(1)')], 'See example.com');
    expect(unsafe.applied).toBe(false);
    expect(unsafe.reason).toMatch(/unsafe link/);
    expect(adapter.applied).toHaveLength(0);
  });

  it.each([
    ['the editor kept its own text', 'refuse'],
    ['the field put its own text back a frame later (a framework re-rendering it)', 'revert-in-a-frame'],
  ] as const)('tells when %s, with the text it should have held', async (_, behaviour) => {
    const { adapter, applier } = setup('Hi URGENT');
    adapter.behaviour = behaviour;
    const result = await applier.applyFixes([fix(3, 9, 'Urgent')], 'Hi URGENT');
    expect(result).toEqual({
      applied: false,
      text: 'Hi URGENT',
      reason: EDITOR_REFUSED_REASON,
      notAccepted: { expected: 'Hi Urgent', restored: true },
    });
  });

  it('tells when the editor changed more than the fix', async () => {
    const { adapter, applier } = setup('Hi URGENT');
    adapter.behaviour = 'mangle';
    const result = await applier.applyFixes([fix(3, 9, 'Urgent')], 'Hi URGENT');
    expect(result.applied).toBe(true);
    expect(result.notAccepted).toEqual({ expected: 'Hi Urgent', restored: false });
    expect(result.reason).toBe(EDITOR_REFUSED_REASON);
  });

  it('keeps the caret where the user left it, shifted by the edits before it', async () => {
    const { applier, remembered, remember } = setup('Hi URGENT news');
    remember({ start: 14, end: 14 });
    await applier.applyFixes([fix(3, 9, 'Now')], 'Hi URGENT news');
    expect(remembered()).toEqual({ start: 11, end: 11 });
    // Inside a replaced range: the caret goes to the end of the replacement.
    remember({ start: 4, end: 4 });
    await applier.applyFixes([fix(3, 6, 'Soon')], 'Hi Now news');
    expect(remembered()).toEqual({ start: 7, end: 7 });
  });

  it('leaves the caret alone when the editor refused', async () => {
    const { adapter, applier, remembered, remember } = setup('Hi URGENT news');
    adapter.behaviour = 'refuse';
    remember({ start: 14, end: 14 });
    await applier.applyFixes([fix(3, 9, 'Now')], 'Hi URGENT news');
    expect(remembered()).toEqual({ start: 14, end: 14 });
  });

  it('hands the edits, the text before and the expected text to the field strategy', async () => {
    const applyEdit = vi.fn<EditStrategy['applyEdit']>(async (field, request) => {
      (field as FakeAdapter).text = request.expected;
      return { ok: true };
    });
    const { adapter, applier } = setup('a  b', { kind: 'test', applyEdit });
    expect(applier.strategyKind).toBe('test');
    const result = await applier.applyFixes([fix(1, 3, ' ')], 'a  b');
    expect(applyEdit).toHaveBeenCalledWith(adapter, {
      before: 'a  b',
      edits: [{ start: 1, end: 3, text: ' ' }],
      expected: 'a b',
      // The user's caret (at the end) shifted by the fix.
      caret: { start: 3, end: 3 },
    });
    expect(result).toEqual({ applied: true, text: 'a b' });
  });

  it('reports a strategy that restored the text after the editor refused', async () => {
    const strategy: EditStrategy = {
      kind: 'restoring',
      applyEdit: async () => ({ ok: false, reason: 'Slate kept its text.', restored: true }),
    };
    const { applier } = setup('Hi URGENT', strategy);
    const result = await applier.applyFixes([fix(3, 9, 'Urgent')], 'Hi URGENT');
    expect(result).toEqual({
      applied: false,
      text: 'Hi URGENT',
      reason: 'Slate kept its text.',
      notAccepted: { expected: 'Hi Urgent', restored: true },
    });
  });
});

describe('FixApplier.insertText', () => {
  it('inserts at the caret with a space that keeps words apart, and puts the caret after it', async () => {
    const { adapter, applier, remembered, remember } = setup('Reply STOP to opt out.');
    remember({ start: 22, end: 22 });
    const result = await applier.insertText('https://firm.example/terms', 'caret');
    expect(result).toEqual({ applied: true, text: 'Reply STOP to opt out. https://firm.example/terms' });
    expect(adapter.text).toBe(result.text);
    expect(remembered()).toEqual({ start: 49, end: 49 });
  });

  it('inserts at the end when asked, whatever the caret', async () => {
    const { applier, remember } = setup('Hello ');
    remember({ start: 0, end: 0 });
    expect(await applier.insertText('world', 'end')).toEqual({ applied: true, text: 'Hello world' });
  });
});

describe('edit strategies', () => {
  it('uses the adapter path unless a registered strategy matches the field', async () => {
    const adapter = new FakeAdapter('x');
    expect(editStrategyFor(adapter)).toBe(adapterEditStrategy);
    const special: EditStrategy = { kind: 'special', applyEdit: async () => ({ ok: true }) };
    const unregister = registerEditStrategy({
      kind: 'special',
      priority: 10,
      matches: (field) => field.element.classList.contains('special'),
      create: () => special,
    });
    try {
      expect(editStrategyFor(adapter)).toBe(adapterEditStrategy);
      adapter.element.classList.add('special');
      expect(editStrategyFor(adapter)).toBe(special);
    } finally {
      unregister();
    }
    expect(editStrategyFor(adapter)).toBe(adapterEditStrategy);
  });

  it('the adapter path verifies what the field holds afterwards', async () => {
    const adapter = new FakeAdapter('Hi URGENT');
    const request = { before: 'Hi URGENT', edits: [{ start: 3, end: 9, text: 'Urgent' }], expected: 'Hi Urgent' };
    expect(await adapterEditStrategy.applyEdit(adapter, request)).toEqual({ ok: true });
    adapter.text = 'Hi URGENT';
    adapter.behaviour = 'refuse';
    expect(await adapterEditStrategy.applyEdit(adapter, request)).toEqual({
      ok: false,
      reason: EDITOR_REFUSED_REASON,
      restored: true,
    });
  });

  it('the adapter path: Ctrl+Z (or any key) before the read-back frame is the user’s, not a refusal', async () => {
    const adapter = new FakeAdapter('Hi URGENT');
    const request = { before: 'Hi URGENT', edits: [{ start: 3, end: 9, text: 'Urgent' }], expected: 'Hi Urgent' };
    const pending = adapterEditStrategy.applyEdit(adapter, request);
    // The fix is in; the user presses Ctrl+Z before the next frame and the browser puts the text back.
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    expect(adapter.text).toBe('Hi Urgent');
    const key = new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true });
    Object.defineProperty(key, 'isTrusted', { value: true });
    adapter.element.dispatchEvent(key);
    adapter.text = 'Hi URGENT';
    expect(await pending).toEqual({ ok: true, userChanged: true });
    // A script's key, or none at all: the text put back within the frame is the editor's refusal.
    adapter.behaviour = 'revert-in-a-frame';
    const scripted = adapterEditStrategy.applyEdit(adapter, request);
    for (let turn = 0; turn < 10; turn++) await Promise.resolve();
    adapter.element.dispatchEvent(new KeyboardEvent('keydown', { key: 'z', ctrlKey: true, bubbles: true }));
    expect(await scripted).toEqual({ ok: false, reason: EDITOR_REFUSED_REASON, restored: true });
  });
});
