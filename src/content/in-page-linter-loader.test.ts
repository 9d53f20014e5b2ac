import { describe, expect, it, vi } from 'vitest';
import type { InPageLinter } from '../shared/lint-protocol';
import { InPageLinterLoadError, loadInPageLinterParts, nextTask, type PartImporter } from './in-page-linter-loader';

const LINTER: InPageLinter = {
  lint: () => ({ findings: [] }) as unknown as ReturnType<InPageLinter['lint']>,
  ruleDocs: {},
  warmUp: [],
};

/** An importer that records what happened in order: each import, and each passage to a later task. */
function recordingImporter(options: { failing?: string; linter?: InPageLinter | null } = {}) {
  const events: string[] = [];
  const importer: PartImporter = {
    importPart: async (path) => {
      events.push(`import ${path}`);
      if (path === options.failing) throw new TypeError(`Failed to fetch dynamically imported module: ${path}`);
    },
    nextTask: async () => {
      events.push('next task');
    },
    linter: () => (options.linter === undefined ? LINTER : options.linter),
  };
  return { importer, events };
}

describe('loadInPageLinterParts', () => {
  it('imports the parts in the order given, a task apart, and returns the linter the last one left', async () => {
    const { importer, events } = recordingImporter();
    await expect(loadInPageLinterParts(['a.js', 'b.js', 'linter.js'], importer)).resolves.toBe(LINTER);
    expect(events).toEqual(['import a.js', 'next task', 'import b.js', 'next task', 'import linter.js']);
  });

  it('starts a part only once the one before it has loaded', async () => {
    const events: string[] = [];
    const importer: PartImporter = {
      importPart: async (path) => {
        events.push(`start ${path}`);
        await nextTask();
        events.push(`loaded ${path}`);
      },
      nextTask,
      linter: () => LINTER,
    };
    await loadInPageLinterParts(['a.js', 'b.js'], importer);
    expect(events).toEqual(['start a.js', 'loaded a.js', 'start b.js', 'loaded b.js']);
  });

  it('stops at a part that fails to load, names it, and imports none after it', async () => {
    const { importer, events } = recordingImporter({ failing: 'b.js' });
    const loading = loadInPageLinterParts(['a.js', 'b.js', 'linter.js'], importer);
    await expect(loading).rejects.toBeInstanceOf(InPageLinterLoadError);
    await expect(loading).rejects.toThrow("the in-page linter's part b.js did not load");
    await expect(loading.catch((error: Error) => error.cause)).resolves.toBeInstanceOf(TypeError);
    expect(events).toEqual(['import a.js', 'next task', 'import b.js']);
  });

  it('rejects when the parts left no linter, or when the build has none', async () => {
    await expect(loadInPageLinterParts(['linter.js'], recordingImporter({ linter: null }).importer)).rejects.toThrow(
      'left no linter',
    );
    const { importer, events } = recordingImporter();
    await expect(loadInPageLinterParts([], importer)).rejects.toThrow('this build has no in-page linter');
    expect(events).toEqual([]);
  });

  it('passes to a later task, not a microtask, and answers its calls in order', async () => {
    const order: string[] = [];
    const waiting = Promise.all([
      nextTask().then(() => order.push('next task 1')),
      nextTask().then(() => order.push('next task 2')),
    ]);
    await Promise.resolve().then(() => order.push('microtask'));
    await waiting;
    expect(order).toEqual(['microtask', 'next task 1', 'next task 2']);
  });

  it('waits for no timer (nested timers wait at least 4 ms each from the fifth)', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'setImmediate'] });
    try {
      // With the timers frozen, a timer-based next task would never come.
      for (let step = 0; step < 10; step++) await nextTask();
    } finally {
      vi.useRealTimers();
    }
  });
});
