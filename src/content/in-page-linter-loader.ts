/**
 * Imports the in-page linter's parts (scripts/vite-in-page-linter-plugin.ts) one at a time, in the
 * order the build lists them, each by its own extension URL. Each import fetches, compiles and runs
 * one part in tasks of its own (the earlier parts are already run), and the next one starts only in
 * a later task, so no task of the page compiles or runs the whole library (one task of 57-83 ms on a
 * busy machine when it was one file; docs/performance.md). The last part leaves the linter on the
 * isolated world's global.
 */
import type { InPageLinter } from '../shared/lint-protocol';

export interface PartImporter {
  /** Imports one part by its path inside the extension. */
  importPart(path: string): Promise<unknown>;
  /** Resolves in a later task of the event loop (not a microtask). */
  nextTask(): Promise<void>;
  /** The linter the last part left, or null when there is none. */
  linter(): InPageLinter | null;
}

export class InPageLinterLoadError extends Error {
  constructor(message: string, options?: { cause: unknown }) {
    super(message, options);
    this.name = 'InPageLinterLoadError';
  }
}

/** Resolvers of nextTask() calls, in order, each waiting for its message to come back. */
const waitingForTask: (() => void)[] = [];
let taskChannel: MessageChannel | null = null;

/**
 * A later task, which (unlike a resolved promise) lets the page's input, frames and own tasks run
 * first. A message to ourselves rather than a timer: from the fifth nested `setTimeout(0)` on,
 * browsers wait at least 4 ms, which the start-up's 70-odd steps in a row paid every time (about
 * 260 ms before the in-page linter could take over).
 */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  if (taskChannel === null) {
    taskChannel = new MessageChannel();
    taskChannel.port1.onmessage = () => waitingForTask.shift()?.();
    // Node (the unit tests) would otherwise stay alive for the open port.
    (taskChannel.port1 as MessagePort & { unref?: () => void }).unref?.();
  }
  const channel = taskChannel;
  return new Promise((resolve) => {
    waitingForTask.push(resolve);
    channel.port2.postMessage(null);
  });
}

/**
 * Imports `paths` in order, a task apart, and returns the linter. Rejects, without importing the
 * parts after it, when a part fails to load or run (the client then lints in the background).
 */
export async function loadInPageLinterParts(paths: readonly string[], importer: PartImporter): Promise<InPageLinter> {
  if (paths.length === 0) throw new InPageLinterLoadError('this build has no in-page linter');
  for (const [index, path] of paths.entries()) {
    if (index > 0) await importer.nextTask();
    try {
      await importer.importPart(path);
    } catch (error) {
      throw new InPageLinterLoadError(`the in-page linter's part ${path} did not load`, { cause: error });
    }
  }
  const linter = importer.linter();
  if (linter === null) {
    throw new InPageLinterLoadError(`the in-page linter's parts loaded but left no linter (${paths.join(', ')})`);
  }
  return linter;
}
