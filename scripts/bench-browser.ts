/**
 * `npm run bench:browser [-- --json] [-- --keystrokes=N] [-- --no-spelling] [-- --no-trace]
 * [-- --compare=DIR [--rounds=N] [--trace]] [-- --startup[=N] [--compare=DIR]]`: how
 * the built extension (the test build, dist-test/; run `npm run build` first) performs in real
 * headless Chromium, against the project's targets. Every figure is taken like for like: the same
 * pages, keys and pauses in the same Chromium with the extension and without it, in turns.
 *
 * - keystroke latency: a 1,600-character message; each keystroke (alternately typing an emoji and
 *   deleting it, so every keystroke changes the findings) is timed from the key (its keydown or
 *   beforeinput timestamp) to the end of the first frame that shows its effect: with the
 *   extension, the frame in which the badge and the underlines show the new findings; without it,
 *   the frame in which the new text shows. A probe in the page asks for an animation frame at the
 *   key and reads the clock in a task posted from that frame's callback, which runs once the frame's
 *   script, style, layout and paint are done; until the change shows it asks for the next frame.
 *   Reported: p50 and p95 on both sides and their ratio. Target: with / without at most 1.3x.
 * - where a keystroke's time goes: the same keys in a traced run on each side (DevTools timeline
 *   events on the page's main thread, between each key and the end of its frame), split into the
 *   extension's script, style and layout it forced, the frame's own style, layout and paint,
 *   garbage collection and the rest, plus the size of what it draws (underline boxes, the
 *   textarea mirror's characters). Tracing slows everything down; read the split, not the sum.
 *   The frame's work and the rest are also given by trace event name, the names that take most
 *   more time with the extension first (the rest by what ran it: an event, a frame callback, a
 *   timer, a message; "RunTask" is a task's time outside any named event), beside the page's
 *   raster threads' time per key, which the frame's commit waits for. `--compare --trace` also
 *   gives the main thread's CPU time per key (the wall-clock split counts time spent waiting for
 *   a core, which on a shared machine moves more with the load than with the build).
 * - long tasks (PerformanceObserver 'longtask', over 50 ms) over each page's whole life, start-up
 *   included: the keystroke page (load, the field's focus and the in-page linter's start, typing),
 *   a page of 200 textareas, a 100,000-character paste. Each page is loaded as many times without
 *   the extension as with it, in turns; each browser's first page is set against the other's, and
 *   the later loads of a page against the same number of loads without the extension. A task is
 *   attributed to the extension when no task of those loads, in the same phase of the page,
 *   explains it (one without the extension explains tasks up to its own length plus 25% and 10 ms,
 *   since the browser's own tasks vary from load to load and may be split differently). Tasks in
 *   the in-page linter's import or warm-up are named (the content script measures both). Target:
 *   none attributed, first page included.
 * - attach: a page with 200 textareas; the content script's own measure of attaching. Target < 50 ms.
 * - paste: 100,000 characters inserted at once; time until the badge shows the new findings.
 * - the content script's size, gzipped (files named by dist-test/manifest.json). Target < 60 KiB.
 *   Beside it, the in-page linter (the rules library the content script imports when a field is
 *   first focused), how soon after the focus it is ready, and how many measured keystrokes it
 *   linted (the badge's data-linter).
 * - the keystroke run again with the spelling rule off: spelling must leave typing latency as it
 *   is (p50 and p95 within 1.25x or 2 ms, the run-to-run noise).
 * - spelling: time from the last keystroke (a misspelled word inserted at once) to its spelling
 *   underline, which comes from the background's spelling host after the typing pause. Measured
 *   once the dictionary is loaded. Target: p95 < 300 ms.
 *
 * - `--startup[=N]`: instead of all that, the extension's start on a browser's first page, N times
 *   (default 6) in fresh browsers: the keystroke page loaded and its field focused until the
 *   in-page linter takes over, traced (DevTools timeline), with the longest main-thread task that
 *   ran the extension's code in each part of the start: the content script's own evaluation, the
 *   in-page linter's import (its parts' compile and evaluation), its warm-up steps, and the rest
 *   (attach, focus). Unlike the long-task figure this shows tasks under 50 ms, so how close to it
 *   the start comes, and beside it the most main-thread CPU time one such task took (on a busy
 *   machine a task's wall time is mostly its thread waiting for a core). With `--compare=DIR`, the
 *   build in DIR in turns with this one.
 * - `--compare=DIR`: instead of all that, only the keystroke latency of this build and of the build
 *   in DIR (an older one), each against the same keys without the extension, in turns. With
 *   `--trace`, also where a keystroke's time goes in each build (the split above): the main
 *   thread's work per key moves much less with other processes' load than the latencies do.
 *   The build measured as "this" is dist-test/, or E2E_EXTENSION_DIRECTORY (another build's copy).
 *   With `--probe=text`, every side's key is shown by the first frame with its new text (for
 *   experimental builds that draw no badge or underlines).
 * - `--gpu`: every browser on Chromium's GPU pipeline (SwiftShader), instead of its software compositor.
 * - `--trace-out=PREFIX` writes each traced run's events to PREFIX-<build>-<time>.json (DevTools'
 *   Performance panel opens them); `--trace-categories=a,b` traces more categories for such a file
 *   (`toplevel` shows the JavaScript engine's optimizing compiles on the renderer's worker threads).
 *
 * Informational: prints PASS/FAIL lines and exits 0 whatever the figures (1 only when it cannot
 * measure, e.g. no build). `--json` prints the figures as one JSON object instead.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BrowserContext, type CDPSession, chromium, type Page } from '@playwright/test';
import { revealCheckerUi } from '../e2e/checker-ui';
import { CHROMIUM_PATH, EXTENSION_DIRECTORY } from '../e2e/paths';
import { startStaticServer } from '../e2e/static-server.mjs';

const LONG_TASK_MS = 50;
/** Time between keystrokes of the latency run (about 13 keys a second). */
const KEYSTROKE_INTERVAL_MS = 75;
/** Every fifth key is followed by this pause, longer than the spelling check's wait for a pause. */
const TYPING_PAUSE_MS = 250;
const WARM_UP_KEYS = 10;
/** Keystroke rounds; each loads the keystroke page four times: with (spelling on), without, with (spelling off), without. */
const KEYSTROKE_ROUNDS = 4;
/** Keys per side in the traced run that splits a keystroke's time. */
const TRACED_KEYS = 40;
/** Loads of the attach and paste pages, with the extension and as many without it. */
const PAGE_LOADS = 3;
/** A change not shown after this many frames counts as missed. */
const MAX_PROBE_FRAMES = 30;
/**
 * `--probe=text`: a key is shown, on both sides, by the first frame whose text changed (the
 * checker's badge and underlines are not waited for). For builds that draw no badge or underlines
 * (an experiment that switches them off), measured like for like with the keys without the extension.
 */
const PROBE_TEXT_ONLY = argument('probe') === 'text';
/**
 * `--gpu`: every browser (with and without the extension) on Chromium's GPU pipeline, GPU
 * compositing and out-of-process raster as on a desktop with a graphics card, which SwiftShader
 * runs on the CPU here: whether a figure comes from the software compositor.
 */
const GPU_ARGS = process.argv.includes('--gpu')
  ? ['--enable-gpu', '--use-angle=swiftshader', '--enable-unsafe-swiftshader']
  : [];
const TARGETS = {
  /** Key -> frame with the underlines drawn, at most this many times the same key without the extension. */
  keystrokeRatio: 1.3,
  attach200FieldsMs: 50,
  contentScriptGzipKiB: 60,
  spellingP95Ms: 300,
};

/** Two keystroke runs in a row differ by up to about this much on a quiet machine. */
const SPELLING_KEYSTROKE_RATIO_LIMIT = 1.25;
/** ...or by up to this much in absolute terms (one run's p95 can be 2 ms above the next one's). */
const SPELLING_KEYSTROKE_NOISE_MS = 2;

/** Whether the spelling-on figure is the spelling-off one within run-to-run noise. */
function withinKeystrokeNoise(withSpelling: number, withoutSpelling: number): boolean {
  return (
    withSpelling <= withoutSpelling * SPELLING_KEYSTROKE_RATIO_LIMIT ||
    withSpelling - withoutSpelling <= SPELLING_KEYSTROKE_NOISE_MS
  );
}

interface LongTask {
  start: number;
  duration: number;
}

/**
 * Where in a page's life a long task fell: loading, the field's focus up to the first measured key
 * (the in-page linter's start), typing the measured keys, or the page's measured action (paste).
 */
type Phase = 'load' | 'start-up' | 'typing' | 'paste';

interface PhasedTask extends LongTask {
  phase: Phase;
  /** What the content script was doing then, when it says (its in-page linter's import or warm-up). */
  during?: string;
}

/** One measured key: to the end of the frame that showed it, in how many frames, with what drawn. */
interface KeyResult {
  toFrame: number;
  frames: number;
  /** Underline boxes on screen after the key (with the extension). */
  marks: number;
  /** Which linter made the findings shown (the badge's data-linter), or null without the extension. */
  linter: string | null;
}

declare global {
  interface Window {
    __longTasks: LongTask[];
    __attach: { hostAt: number | null; allAt: number | null; badges: number };
    __frameProbe?: { results(): (KeyResult | null)[] };
    /** The checker's closed shadow root, revealed to the page by the benchmark (e2e/checker-ui.ts). */
    __smsCheckerRoot?: () => ShadowRoot | null;
  }
}

function argument(name: string): string | undefined {
  const prefix = `--${name}=`;
  return process.argv.find((arg) => arg.startsWith(prefix))?.slice(prefix.length);
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b);
}

/** The build each browser with the extension loaded (for naming its trace files). */
const buildDirectories = new WeakMap<BrowserContext, string>();

function directoryOf(context: BrowserContext): string {
  return buildDirectories.get(context) ?? 'without';
}

/** With `withExtension` false: the same browser and flags without our extension, the baseline. */
async function launch(
  withExtension = true,
  directory = EXTENSION_DIRECTORY,
): Promise<{ context: BrowserContext; profile: string }> {
  const profile = await mkdtemp(join(tmpdir(), 'sms-check-bench-'));
  const extensionArgs = withExtension
    ? [`--disable-extensions-except=${directory}`, `--load-extension=${directory}`]
    : [];
  const context = await chromium.launchPersistentContext(profile, {
    headless: true,
    executablePath: CHROMIUM_PATH,
    viewport: { width: 1000, height: 800 },
    args: [
      ...extensionArgs,
      '--no-first-run',
      '--no-default-browser-check',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...GPU_ARGS,
    ],
  });
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in a `__name()`
  // helper; functions sent to page.evaluate() need that helper in the page too.
  await context.addInitScript({ content: 'globalThis.__name = (target) => target;' });
  // The checker's UI is in a closed shadow root: reveal it to the measuring code as the e2e specs do.
  if (withExtension) await revealCheckerUi(context);
  if (withExtension) buildDirectories.set(context, directory);
  return { context, profile };
}

async function waitForChecker(page: Page): Promise<void> {
  await page.waitForFunction(() => window.__smsCheckerRoot?.() != null, undefined, {
    timeout: 15_000,
  });
}

/** Every long task of the page so far (the pages observe them from their first script, buffered). */
async function longTasksOf(page: Page): Promise<LongTask[]> {
  const tasks = await page.evaluate(() => window.__longTasks ?? []);
  return tasks.filter((task) => task.duration > LONG_TASK_MS);
}

/** `tasks` with their phase: before `boundaries[0].at` the first phase, and so on. */
function phased(tasks: readonly LongTask[], first: Phase, boundaries: readonly { at: number; phase: Phase }[]) {
  return tasks.map((task): PhasedTask => {
    let phase = first;
    for (const boundary of boundaries) if (task.start >= boundary.at) phase = boundary.phase;
    return { ...task, phase };
  });
}

/**
 * Installs the frame probe, the same code with and without the extension. At each key (its
 * keydown, or the beforeinput of a key that has none) it notes what is on screen and asks for an
 * animation frame; that frame's callback posts a task, which runs once the frame's work (the
 * checker's own frame callback included, whichever ran first) and its style, layout and paint are
 * done, and reads the clock there if the key's effect shows: with the extension, the badge's count
 * and the underline boxes both changed; without it, the text changed. Otherwise it asks for the
 * next frame. Results stay in the page until the run ends, so no DevTools round trip competes with
 * the page's work while a key is measured.
 */
async function installFrameProbe(page: Page, withChecker: boolean): Promise<void> {
  await page.evaluate(
    ({ withChecker, maxFrames, textOnly }) => {
      const field = document.querySelector<HTMLTextAreaElement>('#message');
      const root = withChecker ? (window.__smsCheckerRoot?.() ?? null) : null;
      if (!field || (withChecker && root === null)) throw new Error('field or checker missing');
      const shown = () => {
        const badge = root?.querySelector('[data-sms-badge]');
        return {
          text: field.value,
          findings: badge?.getAttribute('data-findings') ?? '',
          marks: root?.querySelectorAll('[data-rule-id]').length ?? 0,
          linter: badge?.getAttribute('data-linter') ?? null,
        };
      };
      const results: (KeyResult | null)[] = [];
      let pending: { startedAt: number; before: ReturnType<typeof shown>; index: number; frames: number } | null = null;
      const channel = new MessageChannel();
      const onFrame = () => {
        if (pending === null) return;
        pending.frames++;
        channel.port1.postMessage(null);
      };
      channel.port2.onmessage = () => {
        if (pending === null) return;
        const now = performance.now();
        const state = shown();
        const done =
          root && !textOnly
            ? state.findings !== pending.before.findings && state.marks !== pending.before.marks
            : state.text !== pending.before.text;
        if (done) {
          results[pending.index] = {
            toFrame: now - pending.startedAt,
            frames: pending.frames,
            marks: state.marks,
            linter: state.linter,
          };
          // For the traced run: where this key's window ends.
          performance.mark('bench-key-shown');
          pending = null;
        } else if (pending.frames >= maxFrames) {
          pending = null;
        } else {
          requestAnimationFrame(onFrame);
        }
      };
      const onKey = (event: Event) => {
        // One key at a time: a key typed before the last one showed is not measured.
        if (pending !== null) return;
        results.push(null);
        pending = { startedAt: event.timeStamp, before: shown(), index: results.length - 1, frames: 0 };
        requestAnimationFrame(onFrame);
      };
      for (const type of ['keydown', 'beforeinput']) window.addEventListener(type, onKey, { capture: true });
      window.__frameProbe = {
        results: () => {
          pending = null;
          return results;
        },
      };
    },
    { withChecker, maxFrames: MAX_PROBE_FRAMES, textOnly: PROBE_TEXT_ONLY },
  );
}

/** Key `index` of a run: an emoji adds a finding, Backspace (one key, the whole surrogate pair) takes it away. */
async function pressBenchKey(page: Page, index: number): Promise<void> {
  if (index % 2 === 0) await page.keyboard.insertText('😀');
  else await page.keyboard.press('Backspace');
}

/**
 * A brisk typist's pace with a short pause every few keys (long enough for the spelling check to go
 * out, so its effect on typing shows).
 */
function typingPause(index: number): number {
  return index % 5 === 4 ? TYPING_PAUSE_MS : KEYSTROKE_INTERVAL_MS;
}

interface KeystrokeRun {
  keys: KeyResult[];
  missed: number;
  /** From the field's focus to the in-page linter taking over (import and warm-up), with the extension. */
  inPageLinterLoadMs: number | null;
  /** Every long task of the page's life, with its phase. */
  longTasks: PhasedTask[];
}

/**
 * The content script's measure of the in-page linter's start (import and warm-up), or null when it
 * did not take over.
 */
async function inPageLinterLoadMs(page: Page): Promise<number | null> {
  return page.evaluate(() => performance.getEntriesByName('sms-in-page-linter-ready').at(0)?.duration ?? null);
}

/**
 * Opens the keystroke page, focuses the field, types the warm-up keys (not measured: the first keys
 * start the in-page linter and the background's code paths, the first pause loads the spelling
 * dictionary) and waits; the same on both sides. Returns the page and when the focus came.
 */
async function openKeystrokePage(
  context: BrowserContext,
  url: string,
  withChecker: boolean,
): Promise<{ page: Page; focusedAt: number }> {
  const page = await context.newPage();
  await page.goto(url);
  if (withChecker) await waitForChecker(page);
  const focusedAt = await page.evaluate(() => performance.now());
  await page.locator('#message').click();
  await page.keyboard.press('Control+End');
  if (withChecker) {
    // The first lint of the field happens on attach/focus; the warm-up starts once it shows.
    await page.waitForFunction(
      () => window.__smsCheckerRoot?.()?.querySelector('[data-sms-badge][data-findings]') != null,
      undefined,
      { timeout: 10_000 },
    );
  }
  for (let index = 0; index < WARM_UP_KEYS; index++) {
    await pressBenchKey(page, index);
    await page.waitForTimeout(TYPING_PAUSE_MS);
  }
  await page.waitForTimeout(1_500);
  return { page, focusedAt };
}

async function typeMeasuredKeys(page: Page, keystrokes: number): Promise<void> {
  for (let index = 0; index < keystrokes; index++) {
    await pressBenchKey(page, index);
    await page.waitForTimeout(typingPause(index));
  }
}

async function measureKeystrokes(
  context: BrowserContext,
  url: string,
  keystrokes: number,
  withChecker: boolean,
): Promise<KeystrokeRun> {
  const { page, focusedAt } = await openKeystrokePage(context, url, withChecker);
  await installFrameProbe(page, withChecker);
  const measureFrom = await page.evaluate(() => performance.now());
  await typeMeasuredKeys(page, keystrokes);
  const results = await page.evaluate(() => window.__frameProbe?.results() ?? []);
  const keys = results.filter((result) => result !== null);
  const longTasks = phased(await longTasksOf(page), 'load', [
    { at: focusedAt, phase: 'start-up' },
    { at: measureFrom, phase: 'typing' },
  ]);
  const loadMs = withChecker ? await inPageLinterLoadMs(page) : null;
  if (withChecker) labelLinterStart(longTasks, await linterStartSpans(page));
  await page.close();
  return { keys, missed: keystrokes - keys.length, inPageLinterLoadMs: loadMs, longTasks };
}

/**
 * The content script's own measures of the in-page linter's start (lint-client.ts, content/index.ts):
 * the import (fetch, compile and the module's evaluation) and the whole start (import and warm-up).
 */
async function linterStartSpans(page: Page): Promise<{ name: string; start: number; end: number }[]> {
  return page.evaluate(() =>
    ['sms-in-page-linter-import', 'sms-in-page-linter-ready'].flatMap((name) =>
      performance
        .getEntriesByName(name)
        .map((entry) => ({ name, start: entry.startTime, end: entry.startTime + entry.duration })),
    ),
  );
}

/** Names the long tasks that fell in the in-page linter's import or in its warm-up steps. */
function labelLinterStart(tasks: PhasedTask[], spans: readonly { name: string; start: number; end: number }[]): void {
  const imported = spans.find((span) => span.name === 'sms-in-page-linter-import');
  const ready = spans.find((span) => span.name === 'sms-in-page-linter-ready');
  for (const task of tasks) {
    const end = task.start + task.duration;
    if (imported && task.start >= imported.start && end <= imported.end + 1) {
      task.during = "the in-page linter's import";
    } else if (ready && task.start >= (imported?.end ?? ready.start) && end <= ready.end + 1) {
      task.during = "the in-page linter's warm-up";
    }
  }
}

// ---- where a keystroke's time goes -------------------------------------------------------

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  /** The thread's CPU time in the event (the wall-clock `dur` also counts time the thread waited for a core). */
  tdur?: number;
  pid: number;
  tid: number;
  args?: { data?: { type?: string; url?: string; functionName?: string }; worldName?: string };
}

/** Buckets of main-thread time in a keystroke's window, in the order they are printed. */
const TIME_BUCKETS = [
  'extension script',
  'style and layout forced by the extension',
  'frame style and layout',
  'frame paint and commit',
  'garbage collection',
  'other work (browser, probe)',
] as const;
type TimeBucket = (typeof TIME_BUCKETS)[number];

interface KeystrokeSplit {
  keys: number;
  /** Mean key -> end of frame in the traced run (slowed down by tracing). */
  windowMs: number;
  /** Mean milliseconds per key in each bucket. */
  perKey: Record<TimeBucket, number>;
  /**
   * The same in the main thread's CPU time: on a machine others share, wall-clock time in an event
   * also counts the time the thread waited for a core, CPU time does not.
   */
  cpuPerKey: Record<TimeBucket, number>;
  /** Mean milliseconds per key of the extension's script by entry point (input handler, frame callback...). */
  extensionByEntry: Record<string, number>;
  /**
   * Mean milliseconds per key of the frame's own work and the rest, by trace event name (and, for
   * work that is not the extension's, by what ran it: an event's type, a frame callback, a timer,
   * a message), so that what the extension adds to the browser's share can be named.
   */
  byName: Partial<Record<TimeBucket, Record<string, number>>>;
  /** Main-thread tasks per key (the key's, the frame's, and any other that ran before the frame ended). */
  tasksPerKey: number;
  /**
   * Milliseconds per key the page's raster threads spent drawing tiles (not on the main thread, but
   * the frame's commit waits for them, and on a machine with few cores they compete with it).
   */
  rasterPerKey: number;
}

/** Buckets whose time `splitKeystrokes` also gives by event name. */
const NAMED_BUCKETS: readonly TimeBucket[] = [
  'frame style and layout',
  'frame paint and commit',
  'garbage collection',
  'other work (browser, probe)',
];

const STYLE_AND_LAYOUT = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout']);
const PAINT = new Set([
  'PrePaint',
  'Paint',
  'PaintImage',
  'Layerize',
  'UpdateLayer',
  'UpdateLayerTree',
  'Commit',
  'CompositeLayers',
]);

/**
 * Splits the page's main-thread time between each key and the end of the frame that showed it
 * (the probe's 'bench-key-shown' mark) by what it was spent on. Self times of the timeline's
 * nested events; an event counts as the extension's when it or an event around it runs a script
 * of a chrome-extension:// URL or of the extension's isolated world.
 */
function splitKeystrokes(events: readonly TraceEvent[], extensionWorld: string): KeystrokeSplit {
  const keyEvents = events.filter(
    (event) => event.name === 'EventDispatch' && ['keydown', 'beforeinput'].includes(event.args?.data?.type ?? ''),
  );
  const first = keyEvents[0];
  const empty = Object.fromEntries(TIME_BUCKETS.map((bucket) => [bucket, 0])) as Record<TimeBucket, number>;
  if (first === undefined) {
    return {
      keys: 0,
      windowMs: Number.NaN,
      perKey: empty,
      cpuPerKey: empty,
      extensionByEntry: {},
      byName: {},
      tasksPerKey: Number.NaN,
      rasterPerKey: Number.NaN,
    };
  }
  const thread = events.filter((event) => event.pid === first.pid && event.tid === first.tid);
  const keyStarts = keyEvents.map((event) => event.ts).sort((a, b) => a - b);
  const shownAt = thread
    .filter((event) => event.name === 'bench-key-shown')
    .map((event) => event.ts)
    .sort((a, b) => a - b);
  const complete = thread
    .filter((event) => event.ph === 'X' && event.dur !== undefined && event.name !== 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Nesting: each event's parent, and the time its children take.
  const parent = new Map<TraceEvent, TraceEvent>();
  const childTime = new Map<TraceEvent, number>();
  const childCpu = new Map<TraceEvent, number>();
  const open: TraceEvent[] = [];
  for (const event of complete) {
    while (open.length > 0 && (open.at(-1) as TraceEvent).ts + ((open.at(-1) as TraceEvent).dur ?? 0) <= event.ts) {
      open.pop();
    }
    const outer = open.at(-1);
    if (outer !== undefined) {
      parent.set(event, outer);
      childTime.set(outer, (childTime.get(outer) ?? 0) + (event.dur ?? 0));
      childCpu.set(outer, (childCpu.get(outer) ?? 0) + (event.tdur ?? 0));
    }
    open.push(event);
  }
  const ownScript = (event: TraceEvent) =>
    (event.args?.data?.url ?? '').startsWith('chrome-extension://') || event.args?.worldName === extensionWorld;
  const extensionMemo = new Map<TraceEvent, boolean>();
  const isExtension = (event: TraceEvent): boolean => {
    const known = extensionMemo.get(event);
    if (known !== undefined) return known;
    const outer = parent.get(event);
    const answer = ownScript(event) || (outer !== undefined && isExtension(outer));
    extensionMemo.set(event, answer);
    return answer;
  };
  // The innermost entry point: an input event is dispatched inside the keydown that typed it.
  const entryOf = (event: TraceEvent): string => {
    for (let at: TraceEvent | undefined = event; at !== undefined; at = parent.get(at)) {
      if (at.name === 'EventDispatch') return `${at.args?.data?.type ?? 'event'} event`;
      if (at.name === 'FireAnimationFrame') return 'animation frame';
      if (at.name === 'TimerFire') return 'timer';
    }
    return 'other (microtasks, messages)';
  };
  const bucketOf = (event: TraceEvent): TimeBucket => {
    const extension = isExtension(event);
    if (STYLE_AND_LAYOUT.has(event.name)) {
      return extension ? 'style and layout forced by the extension' : 'frame style and layout';
    }
    if (PAINT.has(event.name)) return 'frame paint and commit';
    if (/GC|Scavenge/.test(event.name)) return 'garbage collection';
    return extension ? 'extension script' : 'other work (browser, probe)';
  };
  // What ran work that is not the extension's: the nearest event around it that says.
  const causeOf = (event: TraceEvent): string => {
    for (let at: TraceEvent | undefined = event; at !== undefined; at = parent.get(at)) {
      if (at.name === 'EventDispatch') return `${at.args?.data?.type ?? 'event'} event`;
      if (at.name === 'FireAnimationFrame') return 'animation frame';
      if (at.name === 'TimerFire') return 'timer';
      if (at.name === 'HandlePostMessage' || at.name === 'MessagePort::Accept') return 'message';
      if (at.name === 'RunMicrotasks') return 'microtasks';
    }
    return '';
  };
  const nameOf = (event: TraceEvent, bucket: TimeBucket): string => {
    if (bucket !== 'other work (browser, probe)') return event.name;
    const cause = causeOf(event);
    return cause === '' || cause === event.name ? event.name : `${event.name} (in ${cause})`;
  };
  const totals = { ...empty };
  const cpuTotals = { ...empty };
  const byEntry: Record<string, number> = {};
  const byName: Partial<Record<TimeBucket, Record<string, number>>> = {};
  const rasterTasks = events.filter(
    (event) => event.pid === first.pid && event.name === 'RasterTask' && event.ph === 'X',
  );
  let raster = 0;
  let tasks = 0;
  let windows = 0;
  let windowTotal = 0;
  let previousEnd = 0;
  let cursor = 0;
  for (const end of shownAt) {
    // The window opens at the first key event after the previous window closed.
    while (cursor < keyStarts.length && (keyStarts[cursor] as number) <= previousEnd) cursor++;
    const start = keyStarts[cursor];
    previousEnd = end;
    if (start === undefined || start > end) continue;
    windows++;
    windowTotal += end - start;
    for (const event of rasterTasks) if (event.ts >= start && event.ts < end) raster += event.dur ?? 0;
    for (const event of complete) {
      if (event.ts < start) continue;
      if (event.ts >= end) break;
      if (event.ts + (event.dur ?? 0) > end) continue;
      if (!parent.has(event)) tasks++;
      const self = (event.dur ?? 0) - (childTime.get(event) ?? 0);
      const bucket = bucketOf(event);
      totals[bucket] += self;
      cpuTotals[bucket] += (event.tdur ?? 0) - (childCpu.get(event) ?? 0);
      if (bucket === 'extension script') {
        const entry = entryOf(event);
        byEntry[entry] = (byEntry[entry] ?? 0) + self;
      } else if (NAMED_BUCKETS.includes(bucket)) {
        const names = byName[bucket] ?? {};
        byName[bucket] = names;
        const name = nameOf(event, bucket);
        names[name] = (names[name] ?? 0) + self;
      }
    }
  }
  const perKey = (microseconds: number) => (windows === 0 ? Number.NaN : microseconds / windows / 1000);
  return {
    keys: windows,
    windowMs: perKey(windowTotal),
    perKey: Object.fromEntries(TIME_BUCKETS.map((bucket) => [bucket, perKey(totals[bucket])])) as Record<
      TimeBucket,
      number
    >,
    extensionByEntry: Object.fromEntries(Object.entries(byEntry).map(([entry, time]) => [entry, perKey(time)])),
    byName: Object.fromEntries(
      Object.entries(byName).map(([bucket, names]) => [
        bucket,
        Object.fromEntries(Object.entries(names).map(([name, time]) => [name, perKey(time)])),
      ]),
    ),
    cpuPerKey: Object.fromEntries(TIME_BUCKETS.map((bucket) => [bucket, perKey(cpuTotals[bucket])])) as Record<
      TimeBucket,
      number
    >,
    tasksPerKey: windows === 0 ? Number.NaN : tasks / windows,
    rasterPerKey: perKey(raster),
  };
}

/** Event names shown per bucket by `namedSplitLines`. */
const NAMES_SHOWN = 8;

/**
 * The named buckets of several splits (the first with the extension, the last without), each
 * bucket's event names ordered by how much more time they take in the first split than in the
 * last: what the extension adds to the browser's own work per key, by name.
 */
function namedSplitLines(splits: readonly KeystrokeSplit[]): string[] {
  const lines: string[] = [];
  const first = splits[0];
  const last = splits.at(-1);
  if (first === undefined || last === undefined) return lines;
  for (const bucket of NAMED_BUCKETS) {
    const names = new Set(splits.flatMap((split) => Object.keys(split.byName[bucket] ?? {})));
    const timeOf = (split: KeystrokeSplit, name: string) => split.byName[bucket]?.[name] ?? 0;
    const ordered = [...names]
      .map((name) => ({ name, added: timeOf(first, name) - timeOf(last, name) }))
      .filter(({ added }) => Math.abs(added) >= 0.03)
      .sort((a, b) => b.added - a.added)
      .slice(0, NAMES_SHOWN);
    if (ordered.length === 0) continue;
    lines.push(`  ${bucket}, by event name (the most added first):`);
    for (const { name } of ordered) {
      const cells = splits.map((split) => round(timeOf(split, name)).toFixed(2).padStart(6));
      lines.push(`    ${name.slice(0, 52).padEnd(52)} ${cells.join(' / ')}`);
    }
  }
  return lines;
}

/** What the checker draws for the keystroke page: underline boxes, the mirror's text, our elements. */
async function overlaySize(page: Page): Promise<{ marks: number; mirrorChars: number; elements: number }> {
  return page.evaluate(() => {
    const root = window.__smsCheckerRoot?.();
    return {
      marks: root?.querySelectorAll('[data-rule-id]').length ?? 0,
      mirrorChars: root?.querySelector('.mirror')?.textContent?.length ?? 0,
      elements: root?.querySelectorAll('*').length ?? 0,
    };
  });
}

/** The same keys as the latency run, traced (DevTools timeline) on one page, then split. */
async function traceKeystrokes(
  context: BrowserContext,
  url: string,
  withChecker: boolean,
): Promise<{ split: KeystrokeSplit; overlay: { marks: number; mirrorChars: number; elements: number } | null }> {
  const { page } = await openKeystrokePage(context, url, withChecker);
  await installFrameProbe(page, withChecker);
  const session = await context.newCDPSession(page);
  const endTrace = await startTimelineTrace(session);
  await typeMeasuredKeys(page, TRACED_KEYS);
  const events = await endTrace();
  // `--trace-out=PREFIX`: each traced run's events also go to a file DevTools' Performance panel opens.
  const out = argument('trace-out');
  if (out !== undefined) {
    const file = `${out}-${basename(directoryOf(context))}-${Date.now()}.json`;
    writeFileSync(file, JSON.stringify({ traceEvents: events }));
    console.log(`trace written to ${file}`);
  }
  const overlay = withChecker ? await overlaySize(page) : null;
  await session.detach();
  await page.close();
  return { split: splitKeystrokes(events, extensionName()), overlay };
}

/**
 * Starts a DevTools timeline trace of the page behind `session` (the categories the keystroke split
 * and the start-up figures read); the function it returns ends the trace and gives its events.
 */
async function startTimelineTrace(session: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...(value as unknown as TraceEvent[])));
  const complete = new Promise<void>((resolve) => session.once('Tracing.tracingComplete', () => resolve()));
  await session.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'v8',
        'blink.user_timing',
        // `--trace-categories=a,b`: more, for a trace file read by hand (`--trace-out`).
        ...(argument('trace-categories')?.split(',') ?? []),
      ],
    },
    transferMode: 'ReportEvents',
  });
  return async () => {
    await session.send('Tracing.end');
    await complete;
    return events;
  };
}

/** The extension's name: Chromium names its content scripts' isolated world after it. */
function extensionName(): string {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIRECTORY, 'manifest.json'), 'utf8')) as { name?: string };
  return manifest.name ?? '';
}

/** One misspelling per round, in an otherwise correct message typed into an empty field. */
const SPELLING_SLIPS = ['depostion', 'recieve', 'tomorow', 'afidavit', 'plaintif', 'hearign', 'calender', 'adress'];

async function measureSpelling(context: BrowserContext, url: string, rounds: number): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(url);
  await waitForChecker(page);
  const field = page.locator('#message');
  await field.click();
  // Warm-up: the first request loads and parses the dictionary (about a second).
  await page.keyboard.insertText('Hi Maria, your hearing is on Friday. Teh');
  await page.waitForFunction(
    () => (window.__smsCheckerRoot?.()?.querySelectorAll('[data-rule-id="spelling"]').length ?? 0) >= 1,
    undefined,
    { timeout: 20_000 },
  );
  const latencies: number[] = [];
  for (let round = 0; round < rounds; round++) {
    // Start each round from an empty field, so the underline is on screen and is the only one.
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.waitForFunction(
      () => window.__smsCheckerRoot?.()?.querySelectorAll('[data-rule-id="spelling"]').length === 0,
      undefined,
      { timeout: 5000 },
    );
    const word = `${SPELLING_SLIPS[round % SPELLING_SLIPS.length]}${'x'.repeat(Math.floor(round / SPELLING_SLIPS.length))}`;
    const timing = page.evaluate(
      (expected) =>
        new Promise<number | null>((resolve) => {
          const root = window.__smsCheckerRoot?.();
          const input = document.querySelector('#message');
          if (!root || !input) return resolve(null);
          let typedAt: number | null = null;
          input.addEventListener('input', () => (typedAt = performance.now()), { once: true });
          const observer = new MutationObserver(() => {
            if (typedAt !== null && root.querySelectorAll('[data-rule-id="spelling"]').length >= expected) {
              observer.disconnect();
              resolve(performance.now() - typedAt);
            }
          });
          observer.observe(root, { childList: true, subtree: true });
          setTimeout(() => {
            observer.disconnect();
            resolve(null);
          }, 3000);
        }),
      1,
    );
    await page.waitForTimeout(20);
    await page.keyboard.insertText(`Hi Maria, please bring the signed papers to our office before the ${word}.`);
    const latency = await timing;
    if (latency !== null) latencies.push(latency);
  }
  await page.close();
  return latencies;
}

async function measureAttach(
  context: BrowserContext,
  url: string,
  withExtension = true,
): Promise<{
  attachMs: number | null;
  fromNavigationMs: number | null;
  badges: number;
  longTasks: PhasedTask[];
  marks: { name: string; startTime: number; duration: number }[];
}> {
  const page = await context.newPage();
  await page.goto(url);
  if (withExtension) {
    await waitForChecker(page);
    await page
      .waitForFunction(() => window.__attach.allAt !== null, undefined, { timeout: 10_000 })
      .catch(() => undefined);
  } else {
    await page.waitForLoadState('load');
  }
  await page.waitForTimeout(300); // let trailing work show up as long tasks
  const attach = await page.evaluate(() => window.__attach);
  // Marks and measures the content script may record (names starting with "sms"); the performance
  // timeline is the document's, so the page sees entries made from the isolated world.
  const marks = await page.evaluate(() =>
    [...performance.getEntriesByType('mark'), ...performance.getEntriesByType('measure')]
      .filter((entry) => entry.name.startsWith('sms'))
      .map((entry) => ({ name: entry.name, startTime: entry.startTime, duration: entry.duration })),
  );
  const longTasks = phased(await longTasksOf(page), 'load', []);
  await page.close();
  return {
    attachMs: attach.hostAt !== null && attach.allAt !== null ? attach.allAt - attach.hostAt : null,
    fromNavigationMs: attach.allAt,
    badges: attach.badges,
    longTasks,
    marks,
  };
}

function pasteText(length: number): string {
  const paragraph =
    'Hi Maria, this is Hartwell & Diaz Law. Your hearing moved to 3/14 at 9am. Bring your pay stubs and the lease. ' +
    'Details at https://portal.hartwelldiaz.law/case or bit.ly/hd-case 😀 URGENT reply today!! ';
  return paragraph.repeat(Math.ceil(length / paragraph.length)).slice(0, length);
}

async function measurePaste(
  context: BrowserContext,
  url: string,
  length: number,
  withExtension = true,
): Promise<{ badgeMs: number | null; longTasks: PhasedTask[] }> {
  const page = await context.newPage();
  await page.goto(url);
  if (withExtension) await waitForChecker(page);
  await page.locator('#message').click();
  await page.waitForTimeout(200);
  const since = await page.evaluate(() => {
    const root = window.__smsCheckerRoot?.();
    const w = window as Window & { __pasteBadgeAt?: Promise<number> };
    const readFindings = () => root?.querySelector('[data-sms-badge]')?.getAttribute('data-findings') ?? null;
    const before = readFindings();
    let startedAt: number | null = null;
    window.addEventListener('beforeinput', (event) => (startedAt ??= event.timeStamp), { capture: true, once: true });
    w.__pasteBadgeAt = new Promise<number>((resolve) => {
      if (!root) return;
      const observer = new MutationObserver(() => {
        if (startedAt !== null && readFindings() !== before) {
          observer.disconnect();
          resolve(performance.now() - startedAt);
        }
      });
      observer.observe(root, { subtree: true, attributes: true, childList: true });
    });
    return performance.now();
  });
  // CDP Input.insertText: one trusted beforeinput/input carrying all the text, as a paste does.
  await page.keyboard.insertText(pasteText(length));
  const badgeMs = withExtension
    ? await page.evaluate(() => {
        const w = window as Window & { __pasteBadgeAt?: Promise<number> };
        return Promise.race([
          w.__pasteBadgeAt ?? Promise.resolve(null),
          new Promise<null>((r) => setTimeout(r, 10_000, null)),
        ]);
      })
    : null;
  // Long enough for the background's lint of a huge text and its underlines to land.
  if (withExtension) await page.waitForTimeout(1000);
  await page.waitForTimeout(500);
  const longTasks = phased(await longTasksOf(page), 'load', [{ at: since, phase: 'paste' }]);
  await page.close();
  return { badgeMs, longTasks };
}

function contentScriptSizes(): { files: { file: string; bytes: number; gzipBytes: number }[]; gzipKiB: number } {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIRECTORY, 'manifest.json'), 'utf8')) as {
    content_scripts?: { js?: string[] }[];
  };
  const names = new Set((manifest.content_scripts ?? []).flatMap((script) => script.js ?? []));
  const files = [...names].map((file) => {
    const bytes = readFileSync(join(EXTENSION_DIRECTORY, file));
    return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
  });
  const gzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
  return { files, gzipKiB: gzipBytes / 1024 };
}

/**
 * The in-page linter's parts (the manifest's web-accessible resources), their total size and that
 * of each gzipped alone (as they load), or null without them.
 */
function inPageLinterSize(): { files: number; largest: string; bytes: number; gzipBytes: number } | null {
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIRECTORY, 'manifest.json'), 'utf8')) as {
    web_accessible_resources?: { resources?: string[] }[];
  };
  const files = (manifest.web_accessible_resources ?? [])
    .flatMap((entry) => entry.resources ?? [])
    .filter((resource) => resource.includes('in-page-linter'))
    .map((file) => {
      const bytes = readFileSync(join(EXTENSION_DIRECTORY, file));
      return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    });
  if (files.length === 0) return null;
  const largest = [...files].sort((a, b) => b.bytes - a.bytes)[0] as (typeof files)[number];
  return {
    files: files.length,
    largest: `${largest.file} ${(largest.bytes / 1024).toFixed(1)} KiB`,
    bytes: files.reduce((sum, file) => sum + file.bytes, 0),
    gzipBytes: files.reduce((sum, file) => sum + file.gzipBytes, 0),
  };
}

/**
 * The long tasks with the extension that as many loads without it do not explain. Building 200
 * textareas or pasting 100,000 characters is a long task of the browser's own, with or without
 * us, whose length varies from load to load, and with the extension the browser may split that
 * same work differently (parsing in one task, layout in another). So each task without the
 * extension explains tasks of the same phase up to its own length (plus 25% and 10 ms of noise) in
 * total, longest first; what no task has room for is attributed to the extension.
 */
function attributedToExtension<T extends PhasedTask>(withExtension: readonly T[], without: readonly PhasedTask[]): T[] {
  const room = without
    .map((task) => ({ phase: task.phase, left: task.duration * 1.25 + 10 }))
    .sort((a, b) => b.left - a.left);
  const added: T[] = [];
  for (const task of [...withExtension].sort((a, b) => b.duration - a.duration)) {
    const match = room.find((candidate) => candidate.phase === task.phase && task.duration <= candidate.left);
    if (match === undefined) added.push(task);
    else match.left -= task.duration;
  }
  return added.sort((a, b) => a.start - b.start);
}

interface PageLongTasks {
  page: string;
  /** Each load's long tasks, in the order loaded (load 1 of the keystroke page is each browser's first page). */
  withExtension: PhasedTask[][];
  withoutExtension: PhasedTask[][];
  /** The tasks with the extension that the same loads without it do not explain, with their load (from 1). */
  attributed: (PhasedTask & { load: number })[];
}

/**
 * Compares each group of loads (given as load indexes) with the same loads without the extension:
 * a browser's first page with the other browser's first page, the later loads of a page together.
 */
function comparePage(
  page: string,
  withExtension: PhasedTask[][],
  withoutExtension: PhasedTask[][],
  groups: readonly (readonly number[])[],
): PageLongTasks {
  const rounded = (loads: PhasedTask[][]) => loads.map((tasks) => tasks.map(roundTask));
  const attributed = groups.flatMap((loads) =>
    attributedToExtension(
      loads.flatMap((load) => (withExtension[load] ?? []).map((task) => ({ ...roundTask(task), load: load + 1 }))),
      loads.flatMap((load) => withoutExtension[load] ?? []),
    ),
  );
  return {
    page,
    withExtension: rounded(withExtension),
    withoutExtension: rounded(withoutExtension),
    attributed: attributed.sort((a, b) => a.load - b.load || a.start - b.start),
  };
}

/** Load indexes 0..count-1, as one group or as the first load and the rest. */
function loadIndexes(count: number, from = 0): number[] {
  return Array.from({ length: Math.max(0, count - from) }, (_, index) => index + from);
}

function roundTask(task: PhasedTask): PhasedTask {
  const rounded: PhasedTask = { start: round(task.start, 1), duration: round(task.duration, 1), phase: task.phase };
  if (task.during !== undefined) rounded.during = task.during;
  return rounded;
}

function verdict(pass: boolean): string {
  return pass ? 'PASS' : 'FAIL';
}

function keyFigures(keys: readonly KeyResult[]) {
  const sorted = sortedCopy(keys.map((key) => key.toFrame));
  return {
    keys: keys.length,
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    max: round(sorted.at(-1) ?? Number.NaN),
    /** Keys shown in the very next frame after the key, and in a later one. */
    inNextFrame: keys.filter((key) => key.frames === 1).length,
  };
}

/**
 * `--compare=DIR`: only the keystroke latency, of this build and of the one in DIR (an older one)
 * against the same keys without the extension, the three browsers' pages loaded in turns (this
 * build, none, DIR, none, with the order of the two builds swapped every round), so that a machine
 * getting busier or quieter affects each alike. Prints each build's p50 and p95, their ratios to
 * the baseline and to each other, and the load average before and after.
 */
async function compareBuilds(otherDirectory: string, keystrokes: number): Promise<void> {
  const rounds = Number(argument('rounds') ?? 8);
  const keysPerRun = Math.ceil(keystrokes / rounds);
  const server = await startStaticServer();
  const browsers = [await launch(true), await launch(true, otherDirectory), await launch(false)];
  const [thisBuild, otherBuild, none] = browsers.map((browser) => browser.context) as [
    BrowserContext,
    BrowserContext,
    BrowserContext,
  ];
  const loadBefore = loadavg();
  const keys: { this: KeyResult[]; other: KeyResult[]; none: KeyResult[] } = { this: [], other: [], none: [] };
  let splits: { this: KeystrokeSplit; other: KeystrokeSplit; none: KeystrokeSplit } | null = null;
  try {
    const url = server.url('bench/keystroke.html');
    console.log(
      `comparing ${EXTENSION_DIRECTORY} with ${otherDirectory}: ${rounds} rounds of ${keysPerRun} keys per build, twice as many without the extension, in turns${PROBE_TEXT_ONLY ? ' (key -> first frame with the new text, on every side)' : ''}...`,
    );
    for (let round = 0; round < rounds; round++) {
      const builds: ['this' | 'other', BrowserContext][] = [
        ['this', thisBuild],
        ['other', otherBuild],
      ];
      if (round % 2 === 1) builds.reverse();
      for (const [name, context] of builds) {
        keys[name].push(...(await measureKeystrokes(context, url, keysPerRun, true)).keys);
        keys.none.push(...(await measureKeystrokes(none, url, keysPerRun, false)).keys);
      }
    }
    if (process.argv.includes('--trace')) {
      console.log(`tracing ${TRACED_KEYS} keys in each build and without the extension...`);
      splits = {
        this: (await traceKeystrokes(thisBuild, url, true)).split,
        other: (await traceKeystrokes(otherBuild, url, true)).split,
        none: (await traceKeystrokes(none, url, false)).split,
      };
    }
  } finally {
    for (const browser of browsers) {
      await browser.context.close();
      await rm(browser.profile, { recursive: true, force: true });
    }
    await server.close();
  }
  const loadAfter = loadavg();
  const figures = { this: keyFigures(keys.this), other: keyFigures(keys.other), none: keyFigures(keys.none) };
  if (splits !== null) {
    // Work per key rather than waiting: on a machine others share, latencies move with their load,
    // the main thread's work per key much less.
    console.log(
      `where a keystroke's time goes (traced, ${TRACED_KEYS} keys per build; ms per key, this / other / without):`,
    );
    for (const bucket of TIME_BUCKETS) {
      const cells = [splits.this, splits.other, splits.none].map((split) =>
        round(split.perKey[bucket]).toFixed(2).padStart(6),
      );
      console.log(`  ${bucket.padEnd(42)} ${cells.join(' / ')}`);
    }
    const totals = [splits.this, splits.other, splits.none].map((split) =>
      round(TIME_BUCKETS.reduce((sum, bucket) => sum + split.perKey[bucket], 0))
        .toFixed(2)
        .padStart(6),
    );
    console.log(`  ${'all of it'.padEnd(42)} ${totals.join(' / ')}`);
    const cpu = (split: KeystrokeSplit, buckets: readonly TimeBucket[]) =>
      round(buckets.reduce((sum, bucket) => sum + split.cpuPerKey[bucket], 0))
        .toFixed(2)
        .padStart(6);
    for (const [label, buckets] of [
      ['CPU time: extension script', ['extension script']],
      ['CPU time: frame style, layout, paint', ['frame style and layout', 'frame paint and commit']],
      ['CPU time: all of it', TIME_BUCKETS],
    ] as const) {
      console.log(
        `  ${label.padEnd(42)} ${[splits.this, splits.other, splits.none].map((split) => cpu(split, buckets)).join(' / ')}`,
      );
    }
    console.log(
      `  wall clock key -> end of frame ${[splits.this, splits.other, splits.none].map((split) => round(split.windowMs).toFixed(2)).join(' / ')}; raster threads ${[splits.this, splits.other, splits.none].map((split) => round(split.rasterPerKey).toFixed(2)).join(' / ')}; main-thread tasks per key ${[splits.this, splits.other, splits.none].map((split) => round(split.tasksPerKey).toFixed(2)).join(' / ')}`,
    );
    for (const line of namedSplitLines([splits.this, splits.other, splits.none])) console.log(line);
    for (const [label, split] of [
      ['this build', splits.this],
      ['other build', splits.other],
    ] as const) {
      console.log(
        `  ${label}'s script by entry point: ${Object.entries(split.extensionByEntry)
          .sort((a, b) => b[1] - a[1])
          .map(([entry, value]) => `${entry} ${round(value)} ms`)
          .join(', ')}`,
      );
    }
  }
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  console.log(
    `load average before ${loadBefore.map((value) => value.toFixed(2)).join(' ')}, after ${loadAfter.map((value) => value.toFixed(2)).join(' ')}`,
  );
  for (const [label, name] of [
    ['this build', 'this'],
    ['other build', 'other'],
  ] as const) {
    const own = figures[name];
    console.log(
      `  ${label.padEnd(12)} p50 ${ms(own.p50)}, p95 ${ms(own.p95)} (${own.keys} keys, ${own.inNextFrame} shown in the next frame): / without p50 ${round(own.p50 / figures.none.p50)}x, p95 ${round(own.p95 / figures.none.p95)}x`,
    );
  }
  console.log(
    `  without      p50 ${ms(figures.none.p50)}, p95 ${ms(figures.none.p95)} (${figures.none.keys} keys, ${figures.none.inNextFrame} shown in the next frame)`,
  );
  console.log(
    `  this / other: p50 ${round(figures.this.p50 / figures.other.p50)}x, p95 ${round(figures.this.p95 / figures.other.p95)}x`,
  );
}

// ---- the extension's start on a first page ------------------------------------------------

/** The parts of the extension's start whose longest task `--startup` reports. */
const START_PARTS = [
  'content script',
  "in-page linter's import",
  "in-page linter's warm-up",
  'other (attach, focus)',
] as const;
type StartPart = (typeof START_PARTS)[number];

interface StartRun {
  /** The longest task that ran the extension's code, per part of the start (absent: none). */
  longest: Partial<Record<StartPart, number>>;
  /**
   * The most main-thread CPU time one such task took, per part: on a busy machine a task's wall
   * time also counts the time its thread waited for a core, which no split of the work removes.
   */
  longestCpu: Partial<Record<StartPart, number>>;
  /** From the field's focus until the in-page linter took over. */
  readyMs: number | null;
}

/**
 * One fresh browser's first page: load the keystroke page, focus its field, wait for the in-page
 * linter to take over; the page's main thread traced all along. A task counts as the extension's
 * when an event in it ran a script of a chrome-extension:// URL or of the extension's isolated
 * world, or evaluated a module (only the in-page linter's parts are modules on this page).
 */
async function traceStart(directory: string, url: string): Promise<StartRun> {
  const { context, profile } = await launch(true, directory);
  try {
    if (context.serviceWorkers().length === 0) await context.waitForEvent('serviceworker');
    const page = context.pages()[0] ?? (await context.newPage());
    const session = await context.newCDPSession(page);
    const endTrace = await startTimelineTrace(session);
    await page.goto(url);
    await waitForChecker(page);
    await page.locator('#message').click();
    await page.waitForFunction(() => performance.getEntriesByName('sms-in-page-linter-ready').length > 0, undefined, {
      timeout: 30_000,
    });
    const readyMs = await inPageLinterLoadMs(page);
    const events = await endTrace();
    return { ...longestStartTasks(events, extensionName()), readyMs };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

function longestStartTasks(
  events: readonly TraceEvent[],
  extensionWorld: string,
): Pick<StartRun, 'longest' | 'longestCpu'> {
  const evaluated = events.find((event) => event.name === 'sms-content-script-evaluated');
  if (evaluated === undefined) throw new Error('the trace has no content script start');
  const thread = events.filter(
    (event) =>
      event.pid === evaluated.pid && event.tid === evaluated.tid && event.ph === 'X' && event.dur !== undefined,
  );
  const focusedAt = events.find((event) => event.name === 'sms-in-page-linter-ready')?.ts ?? Number.POSITIVE_INFINITY;
  const tasks = thread.filter((event) => event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask');
  const longest: Partial<Record<StartPart, number>> = {};
  const longestCpu: Partial<Record<StartPart, number>> = {};
  let cursor = 0;
  const sorted = [...thread].sort((a, b) => a.ts - b.ts);
  let lastEnd = Number.NEGATIVE_INFINITY;
  for (const task of [...tasks].sort((a, b) => a.ts - b.ts)) {
    const end = task.ts + (task.dur ?? 0);
    // Outermost tasks only.
    if (task.ts < lastEnd) continue;
    lastEnd = end;
    while (cursor < sorted.length && (sorted[cursor] as TraceEvent).ts < task.ts) cursor++;
    const inside: TraceEvent[] = [];
    for (let index = cursor; index < sorted.length && (sorted[index] as TraceEvent).ts < end; index++) {
      inside.push(sorted[index] as TraceEvent);
    }
    const url = (event: TraceEvent) => event.args?.data?.url ?? '';
    const isModule = inside.some(
      (event) => event.name.startsWith('v8.evaluateModule') || event.name === 'v8.compileModule',
    );
    const ours =
      isModule ||
      inside.some((event) => url(event).startsWith('chrome-extension://') || event.args?.worldName === extensionWorld);
    if (!ours) continue;
    const part: StartPart = isModule
      ? "in-page linter's import"
      : inside.some((event) => event.name === 'EvaluateScript' && url(event).startsWith('chrome-extension://'))
        ? 'content script'
        : task.ts >= focusedAt && inside.some(isNextTask)
          ? "in-page linter's warm-up"
          : 'other (attach, focus)';
    longest[part] = Math.max(longest[part] ?? 0, (task.dur ?? 0) / 1000);
    longestCpu[part] = Math.max(longestCpu[part] ?? 0, (task.tdur ?? 0) / 1000);
  }
  return { longest, longestCpu };
}

/**
 * The start-up's steps wait for their next task with a timer (older builds) or a message to
 * themselves (nextTask in content/in-page-linter-loader.ts).
 */
function isNextTask(event: TraceEvent): boolean {
  return (
    event.name === 'TimerFire' ||
    (event.name === 'FunctionCall' && (event.args?.data?.functionName ?? '').endsWith('port1.onmessage'))
  );
}

/** `--startup[=N]`: the longest tasks of the extension's start on N first pages (see the top of this file). */
async function measureStart(runs: number, otherDirectory: string | undefined): Promise<void> {
  const server = await startStaticServer();
  const builds = [EXTENSION_DIRECTORY, ...(otherDirectory === undefined ? [] : [otherDirectory])];
  const results = new Map<string, StartRun[]>(builds.map((build) => [build, []]));
  const loadBefore = loadavg();
  try {
    console.log(
      `the extension's start on a browser's first page, traced, ${runs} fresh browsers per build, in turns...`,
    );
    for (let run = 0; run < runs; run++) {
      for (const build of run % 2 === 0 ? builds : [...builds].reverse()) {
        results.get(build)?.push(await traceStart(build, server.url('bench/keystroke.html')));
      }
    }
  } finally {
    await server.close();
  }
  const loadAfter = loadavg();
  console.log(
    `load average before ${loadBefore.map((value) => value.toFixed(2)).join(' ')}, after ${loadAfter.map((value) => value.toFixed(2)).join(' ')}`,
  );
  for (const [build, runsOfBuild] of results) {
    const printLongest = (heading: string, of: (run: StartRun) => Partial<Record<StartPart, number>>) => {
      console.log(heading);
      for (const part of START_PARTS) {
        const values = runsOfBuild.map((run) => of(run)[part]);
        const known = values.filter((value): value is number => value !== undefined);
        const cells = values.map((value) => (value === undefined ? '-' : value.toFixed(1)));
        console.log(
          `  ${part.padEnd(28)} max ${known.length === 0 ? '-' : Math.max(...known).toFixed(1)}  (${cells.join(', ')})`,
        );
      }
    };
    printLongest(
      `${build}: the longest task of the extension's, per part of its start (ms, by run):`,
      (run) => run.longest,
    );
    printLongest(
      "  the most main-thread CPU time in one such task (ms, by run; the rest of a task's time is waiting for a core):",
      (run) => run.longestCpu,
    );
    const ready = runsOfBuild.map((run) => (run.readyMs === null ? '-' : run.readyMs.toFixed(0)));
    console.log(`  ${'in-page linter ready after'.padEnd(28)} ${ready.join(', ')} ms`);
  }
}

async function main(): Promise<number> {
  const asJson = process.argv.includes('--json');
  const otherBuild = argument('compare');
  if (process.argv.some((arg) => arg === '--startup' || arg.startsWith('--startup='))) {
    await measureStart(Number(argument('startup') ?? 6), otherBuild);
    return 0;
  }
  if (otherBuild !== undefined) {
    await compareBuilds(otherBuild, Number(argument('keystrokes') ?? 320));
    return 0;
  }
  const keystrokes = Number(argument('keystrokes') ?? 200);
  const pasteLength = Number(argument('paste') ?? 100_000);
  if (!existsSync(join(EXTENSION_DIRECTORY, 'manifest.json'))) {
    console.error(`No built extension at ${EXTENSION_DIRECTORY}: run \`npm run build\` first.`);
    return 1;
  }
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`Chromium not found at ${CHROMIUM_PATH} (set CHROMIUM_PATH).`);
    return 1;
  }
  const log = (line: string) => {
    if (!asJson) console.log(line);
  };

  const size = contentScriptSizes();
  const inPageLinter = inPageLinterSize();
  const server = await startStaticServer();
  // Both browsers stay open, and every page is loaded in turns in one and the other, so that a
  // machine getting busier or quieter affects both sides alike.
  const withExtension = await launch(true);
  const withoutExtension = await launch(false);
  const ext = withExtension.context;
  const plain = withoutExtension.context;
  try {
    const keystrokeUrl = server.url('bench/keystroke.html');
    const keysPerRun = Math.ceil(keystrokes / KEYSTROKE_ROUNDS);
    log(
      `keystrokes: ${keystrokes} keys into a 1,600-character message with the extension (spelling on), as many with spelling off, twice as many without the extension, in turns...`,
    );
    const worker = ext.serviceWorkers().at(-1) ?? (await ext.waitForEvent('serviceworker'));
    const spellingOn: KeystrokeRun[] = [];
    const spellingOff: KeystrokeRun[] = [];
    const without: KeystrokeRun[] = [];
    // Keystroke page loads in the order each browser made them (for the long-task pairing).
    const keystrokeLoadsWith: KeystrokeRun[] = [];
    for (let round = 0; round < KEYSTROKE_ROUNDS; round++) {
      const on = await measureKeystrokes(ext, keystrokeUrl, keysPerRun, true);
      spellingOn.push(on);
      keystrokeLoadsWith.push(on);
      without.push(await measureKeystrokes(plain, keystrokeUrl, keysPerRun, false));
      await worker.evaluate(() => chrome.storage.sync.set({ ruleSeverity: { spelling: 'off' }, settingsVersion: 1 }));
      const off = await measureKeystrokes(ext, keystrokeUrl, keysPerRun, true);
      spellingOff.push(off);
      keystrokeLoadsWith.push(off);
      await worker.evaluate(() => chrome.storage.sync.clear());
      without.push(await measureKeystrokes(plain, keystrokeUrl, keysPerRun, false));
    }
    let traced: { withExtension: Awaited<ReturnType<typeof traceKeystrokes>>; without: KeystrokeSplit } | null = null;
    if (!process.argv.includes('--no-trace')) {
      log(`where a keystroke's time goes: ${TRACED_KEYS} keys traced on each side...`);
      const tracedWith = await traceKeystrokes(ext, keystrokeUrl, true);
      const tracedWithout = await traceKeystrokes(plain, keystrokeUrl, false);
      traced = { withExtension: tracedWith, without: tracedWithout.split };
    }
    log(`attach: a page with 200 textareas, ${PAGE_LOADS} loads on each side...`);
    const attachWith: Awaited<ReturnType<typeof measureAttach>>[] = [];
    const attachWithout: PhasedTask[][] = [];
    for (let load = 0; load < PAGE_LOADS; load++) {
      attachWith.push(await measureAttach(ext, server.url('bench/many-fields.html')));
      attachWithout.push((await measureAttach(plain, server.url('bench/many-fields.html'), false)).longTasks);
    }
    log(`paste: inserting ${pasteLength.toLocaleString('en-US')} characters, ${PAGE_LOADS} loads on each side...`);
    const pasteWith: Awaited<ReturnType<typeof measurePaste>>[] = [];
    const pasteWithout: PhasedTask[][] = [];
    for (let load = 0; load < PAGE_LOADS; load++) {
      pasteWith.push(await measurePaste(ext, server.url('bench/paste.html'), pasteLength));
      pasteWithout.push((await measurePaste(plain, server.url('bench/paste.html'), pasteLength, false)).longTasks);
    }
    log('spelling: typing messages with one misspelled word on the portal...');
    // `--no-spelling` skips the slowest part while working on the other figures.
    const spelling = process.argv.includes('--no-spelling')
      ? []
      : sortedCopy(await measureSpelling(ext, server.url('portal.html'), 24));

    const attach = attachWith[0] as Awaited<ReturnType<typeof measureAttach>>;
    // The content script's own measure(s) of attaching: from the first pass that attached fields to
    // the end of the last one (attaching may be split across tasks). The first load's.
    const attachMeasures = attach.marks.filter((mark) => mark.name === 'sms-attach' && mark.duration >= 0);
    const attachWork = attachMeasures.length === 0 ? null : attachMeasures.reduce((sum, m) => sum + m.duration, 0);
    const attachSpan =
      attachMeasures.length === 0
        ? null
        : Math.max(...attachMeasures.map((m) => m.startTime + m.duration)) -
          Math.min(...attachMeasures.map((m) => m.startTime));

    const keysOn = spellingOn.flatMap((run) => run.keys);
    const keysOff = spellingOff.flatMap((run) => run.keys);
    const keysWithout = without.flatMap((run) => run.keys);
    const on = keyFigures(keysOn);
    const off = keyFigures(keysOff);
    const base = keyFigures(keysWithout);
    const longTaskPages = [
      comparePage(
        'keystroke page (load 1 is each browser\u2019s first page)',
        keystrokeLoadsWith.map((run) => run.longTasks),
        without.map((run) => run.longTasks),
        [[0], loadIndexes(keystrokeLoadsWith.length, 1)],
      ),
      comparePage(
        '200 textareas',
        attachWith.map((load) => load.longTasks),
        attachWithout,
        [loadIndexes(PAGE_LOADS)],
      ),
      comparePage(
        `paste of ${pasteLength.toLocaleString('en-US')} characters`,
        pasteWith.map((load) => load.longTasks),
        pasteWithout,
        [loadIndexes(PAGE_LOADS)],
      ),
    ];
    const attributedCount = longTaskPages.reduce((sum, page) => sum + page.attributed.length, 0);
    const longestAttributed = Math.max(0, ...longTaskPages.flatMap((page) => page.attributed.map((t) => t.duration)));
    const figures = {
      keystrokes: on.keys,
      keystrokes_missed: spellingOn.reduce((sum, run) => sum + run.missed, 0),
      keystrokes_linted_in_page: keysOn.filter((key) => key.linter === 'page').length,
      keystroke_to_frame_p50_ms: on.p50,
      keystroke_to_frame_p95_ms: on.p95,
      keystroke_to_frame_max_ms: on.max,
      keystrokes_shown_in_next_frame: on.inNextFrame,
      keystroke_to_frame_without_extension_p50_ms: base.p50,
      keystroke_to_frame_without_extension_p95_ms: base.p95,
      keystrokes_without_extension: base.keys,
      keystroke_ratio_p50: round(on.p50 / base.p50),
      keystroke_ratio_p95: round(on.p95 / base.p95),
      keystroke_ms_sorted: sortedCopy(keysOn.map((key) => key.toFrame)).map((value) => round(value, 1)),
      keystroke_without_extension_ms_sorted: sortedCopy(keysWithout.map((key) => key.toFrame)).map((value) =>
        round(value, 1),
      ),
      keystroke_spelling_off_p50_ms: off.p50,
      keystroke_spelling_off_p95_ms: off.p95,
      keystroke_spelling_p50_ratio: round(on.p50 / off.p50),
      keystroke_spelling_p95_ratio: round(on.p95 / off.p95),
      underline_boxes_per_frame:
        keysOn.length === 0 ? null : round(keysOn.reduce((sum, key) => sum + key.marks, 0) / keysOn.length, 1),
      keystroke_split: traced && {
        traced_keys_with_extension: traced.withExtension.split.keys,
        traced_keys_without_extension: traced.without.keys,
        traced_window_ms_with_extension: round(traced.withExtension.split.windowMs),
        traced_window_ms_without_extension: round(traced.without.windowMs),
        ms_per_key_with_extension: Object.fromEntries(
          Object.entries(traced.withExtension.split.perKey).map(([bucket, ms]) => [bucket, round(ms)]),
        ),
        ms_per_key_without_extension: Object.fromEntries(
          Object.entries(traced.without.perKey).map(([bucket, ms]) => [bucket, round(ms)]),
        ),
        extension_script_ms_per_key_by_entry: Object.fromEntries(
          Object.entries(traced.withExtension.split.extensionByEntry).map(([entry, ms]) => [entry, round(ms)]),
        ),
        overlay: traced.withExtension.overlay,
      },
      in_page_linter_load_ms: keystrokeLoadsWith.map((run) =>
        run.inPageLinterLoadMs === null ? null : round(run.inPageLinterLoadMs),
      ),
      long_tasks: longTaskPages,
      long_tasks_attributed_to_extension: attributedCount,
      longest_attributed_task_ms: round(longestAttributed),
      attach_200_fields_ms: attachSpan === null ? null : round(attachSpan),
      attach_200_fields_work_ms: attachWork === null ? null : round(attachWork),
      attach_passes: attachMeasures.length,
      attach_200_badges_from_host_ms: attach.attachMs === null ? null : round(attach.attachMs),
      attach_200_fields_from_navigation_ms: attach.fromNavigationMs === null ? null : round(attach.fromNavigationMs),
      attach_badges: attach.badges,
      attach_marks: attach.marks.map((mark) => ({
        ...mark,
        startTime: round(mark.startTime),
        duration: round(mark.duration),
      })),
      paste_chars: pasteLength,
      paste_badge_ms: pasteWith.map((load) => (load.badgeMs === null ? null : round(load.badgeMs))),
      content_script_gzip_kib: round(size.gzipKiB),
      content_script_files: size.files,
      in_page_linter_gzip_kib: inPageLinter === null ? null : round(inPageLinter.gzipBytes / 1024),
      spelling_rounds: spelling.length,
      spelling_p50_ms: round(percentile(spelling, 0.5)),
      spelling_p95_ms: round(percentile(spelling, 0.95)),
    };
    if (asJson) {
      console.log(JSON.stringify(figures, null, 2));
      return 0;
    }
    const ms = (value: number | null) => (value === null || Number.isNaN(value) ? 'n/a' : `${value} ms`);
    const list = (tasks: PhasedTask[]) =>
      tasks.length === 0
        ? 'none'
        : tasks
            .map(
              (task) =>
                `${task.duration} ms (${task.phase}${task.during ? `, ${task.during}` : ''}, at ${task.start} ms)`,
            )
            .join(', ');
    console.log('');
    console.log('keystroke -> end of the next frame that shows it (the underlines drawn, with the extension):');
    console.log(
      `  with the extension:    p50 ${ms(on.p50)}, p95 ${ms(on.p95)}, max ${ms(on.max)} (${on.keys} keys, ${figures.keystrokes_missed} never shown; ${on.inNextFrame} in the next frame; ${figures.keystrokes_linted_in_page} linted in the page)`,
    );
    console.log(`  without the extension: p50 ${ms(base.p50)}, p95 ${ms(base.p95)} (${base.keys} keys)`);
    console.log(
      `  with / without:        p50 ${figures.keystroke_ratio_p50}x, p95 ${figures.keystroke_ratio_p95}x (target at most ${TARGETS.keystrokeRatio}x)`,
    );
    console.log(
      `  spelling rule off:     p50 ${ms(off.p50)}, p95 ${ms(off.p95)} (with spelling / without: p50 ${figures.keystroke_spelling_p50_ratio}x, p95 ${figures.keystroke_spelling_p95_ratio}x)`,
    );
    console.log(
      `  in-page linter ready ${figures.in_page_linter_load_ms.map((value) => ms(value)).join(', ')} after the field's focus (by load)`,
    );
    if (figures.keystroke_split && traced) {
      const split = figures.keystroke_split;
      console.log(
        `where a keystroke's time goes (traced, ${split.traced_keys_with_extension} and ${split.traced_keys_without_extension} keys; key -> end of frame ${ms(split.traced_window_ms_with_extension)} with, ${ms(split.traced_window_ms_without_extension)} without; ms per key, with / without):`,
      );
      for (const bucket of TIME_BUCKETS) {
        console.log(
          `  ${bucket.padEnd(42)} ${String(split.ms_per_key_with_extension[bucket]).padStart(6)} / ${String(split.ms_per_key_without_extension[bucket]).padStart(6)}`,
        );
      }
      console.log(
        `  the extension's script by entry point: ${Object.entries(split.extension_script_ms_per_key_by_entry)
          .sort((a, b) => b[1] - a[1])
          .map(([entry, value]) => `${entry} ${value} ms`)
          .join(', ')}`,
      );
      console.log(
        `  raster threads ${ms(round(traced.withExtension.split.rasterPerKey))} / ${ms(round(traced.without.rasterPerKey))} per key; main-thread tasks ${round(traced.withExtension.split.tasksPerKey)} / ${round(traced.without.tasksPerKey)} per key`,
      );
      for (const line of namedSplitLines([traced.withExtension.split, traced.without])) console.log(line);
      const overlay = split.overlay;
      if (overlay) {
        console.log(
          `  what it draws: ${overlay.marks} underline boxes, a mirror of ${overlay.mirrorChars} characters, ${overlay.elements} elements in its shadow root`,
        );
      }
    }
    console.log(
      `long tasks > ${LONG_TASK_MS} ms over each page's life, start-up included (${KEYSTROKE_ROUNDS * 2} keystroke-page loads and ${PAGE_LOADS} of each other page on each side; each browser's first page against the other's, later loads together):`,
    );
    for (const page of longTaskPages) {
      console.log(`  ${page.page}:`);
      page.withExtension.forEach((tasks, load) => {
        const without = page.withoutExtension[load] ?? [];
        if (tasks.length > 0 || without.length > 0) {
          console.log(`    load ${load + 1}: with the extension ${list(tasks)}; without ${list(without)}`);
        }
      });
      const attributed = page.attributed.map((task) => `load ${task.load}: ${list([task])}`);
      console.log(`    attributed to the extension: ${attributed.length === 0 ? 'none' : attributed.join('; ')}`);
    }
    console.log(
      `attach 200 fields: ${ms(figures.attach_200_fields_ms)} (content script's sms-attach: ${figures.attach_passes} pass(es), ${ms(figures.attach_200_fields_work_ms)} of work; ${figures.attach_badges} badges, the 200th ${ms(figures.attach_200_fields_from_navigation_ms)} after navigation start)`,
    );
    console.log(
      `last keystroke -> spelling underline: p50 ${ms(figures.spelling_p50_ms)}, p95 ${ms(figures.spelling_p95_ms)} (${figures.spelling_rounds} words)`,
    );
    console.log(
      `paste ${pasteLength.toLocaleString('en-US')} chars -> badge update: ${figures.paste_badge_ms.map((value) => ms(value)).join(', ')}`,
    );
    for (const file of size.files) {
      console.log(
        `content script ${file.file}: ${(file.bytes / 1024).toFixed(1)} KiB, ${(file.gzipBytes / 1024).toFixed(1)} KiB gzipped`,
      );
    }
    if (inPageLinter !== null) {
      console.log(
        `in-page linter, ${inPageLinter.files} parts imported one at a time when a field is first focused, not with the page: ${(inPageLinter.bytes / 1024).toFixed(1)} KiB, ${(inPageLinter.gzipBytes / 1024).toFixed(1)} KiB gzipped part by part (the largest ${inPageLinter.largest})`,
      );
    }
    console.log('');
    console.log(
      `${verdict(figures.keystroke_ratio_p50 <= TARGETS.keystrokeRatio && figures.keystroke_ratio_p95 <= TARGETS.keystrokeRatio && figures.keystrokes_missed === 0)} keystroke -> frame with the underlines at most ${TARGETS.keystrokeRatio}x the same keys without the extension (p50 ${figures.keystroke_ratio_p50}x, p95 ${figures.keystroke_ratio_p95}x)`,
    );
    console.log(
      `${verdict(withinKeystrokeNoise(on.p50, off.p50) && withinKeystrokeNoise(on.p95, off.p95))} spelling leaves keystroke latency unchanged (with / without: p50 ${figures.keystroke_spelling_p50_ratio}x, p95 ${figures.keystroke_spelling_p95_ratio}x; at most ${SPELLING_KEYSTROKE_RATIO_LIMIT}x or ${SPELLING_KEYSTROKE_NOISE_MS} ms more, allowing for run-to-run noise)`,
    );
    console.log(
      `${verdict(attributedCount === 0)} no long task > ${LONG_TASK_MS} ms attributed to the extension, start-up and first page included (${attributedCount}${attributedCount > 0 ? `, the longest ${longestAttributed} ms` : ''})`,
    );
    console.log(
      `${verdict(figures.attach_200_fields_ms !== null && figures.attach_200_fields_ms < TARGETS.attach200FieldsMs)} attach 200 fields < ${TARGETS.attach200FieldsMs} ms (${ms(figures.attach_200_fields_ms)})`,
    );
    console.log(
      `${verdict(figures.content_script_gzip_kib < TARGETS.contentScriptGzipKiB)} content script < ${TARGETS.contentScriptGzipKiB} KiB gzipped (${figures.content_script_gzip_kib} KiB)`,
    );
    const spellingVerdict = process.argv.includes('--no-spelling')
      ? 'SKIP'
      : verdict(!Number.isNaN(figures.spelling_p95_ms) && figures.spelling_p95_ms < TARGETS.spellingP95Ms);
    console.log(`${spellingVerdict} spelling p95 < ${TARGETS.spellingP95Ms} ms (${ms(figures.spelling_p95_ms)})`);
    return 0;
  } finally {
    await ext.close();
    await plain.close();
    await server.close();
    await rm(withExtension.profile, { recursive: true, force: true });
    await rm(withoutExtension.profile, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
