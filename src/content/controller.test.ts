// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('./spelling-client', () => ({
  // Spelling is the background's: here the report is the linter's as it is.
  FieldSpelling: class {
    unavailable = null;
    merge(_text: string, report: unknown) {
      return report;
    }
    destroy() {}
  },
}));

import type { Finding, Report } from '../rules';
import { FieldController, type PageServices } from './controller';
import type { LintAnswer } from './lint-client';
import { FakeAdapter } from './testing/fake-adapter';

/**
 * A linter that knows two rules: "!!" becomes "!", and a word in capitals becomes sentence case,
 * except that the two never fix the same word in one pass (as the real rules cannot when their
 * edits touch): "URGENT!!" needs two passes.
 */
function fakeLint(text: string): Report {
  const findings: Finding[] = [];
  for (const match of text.matchAll(/!!+/g)) {
    const start = match.index ?? 0;
    findings.push({
      ruleId: 'repeated-punctuation',
      messageId: 'm',
      message: 'One is enough.',
      severity: 'warning',
      start,
      end: start + match[0].length,
      fixes: [{ label: 'One', safe: true, edits: [{ start, end: start + match[0].length, text: '!' }] }],
    } as Finding);
  }
  for (const match of text.matchAll(/\b[A-Z]{3,}\b/g)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    if (text.slice(end, end + 2) === '!!') continue;
    const word = match[0];
    findings.push({
      ruleId: 'all-caps',
      messageId: 'm',
      message: 'Shouting.',
      severity: 'warning',
      start,
      end,
      fixes: [{ label: 'Case', safe: true, edits: [{ start, end, text: word[0] + word.slice(1).toLowerCase() }] }],
    } as Finding);
  }
  return {
    score: 100 - findings.length * 10,
    verdict: findings.length > 0 ? 'review' : 'ready',
    findings,
    encoding: 'GSM-7',
    segments: 1,
    characters: text.length,
  };
}

function setup(text: string) {
  const layer = document.createElement('div');
  document.body.append(layer);
  const adapter = new FakeAdapter(text);
  const frames: (() => void)[] = [];
  const linted: string[] = [];
  const page: PageServices = {
    layer,
    lintSettings: () => ({}),
    settingsGeneration: () => 0,
    lint: async (value: string): Promise<LintAnswer> => {
      linted.push(value);
      return { report: fakeLint(value), linter: 'page' };
    },
    ruleDoc: () => undefined,
    siteEnabled: () => true,
    schedule: (controller) => frames.push(() => controller.frame()),
    openCard: vi.fn(),
    closeCardFor: vi.fn(),
    hoverEnded: vi.fn(),
    showOnToolbar: vi.fn(),
    fieldUsed: vi.fn(),
  };
  const controller = new FieldController(adapter, page, false);
  const runFrames = () => {
    for (const frame of frames.splice(0)) frame();
  };
  return { adapter, page, controller, layer, linted, runFrames };
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('FieldController', () => {
  it('lints the text, shows the count on the badge and draws the underlines in a frame', async () => {
    const { controller, layer, runFrames, adapter } = setup('Hi URGENT news');
    controller.markDirty();
    await controller.settled();
    runFrames();
    const badge = layer.querySelector<HTMLElement>('[data-sms-badge]');
    expect(badge?.textContent).toBe('1');
    expect(badge?.dataset.verdict).toBe('review');
    expect(layer.querySelectorAll('[data-rule-id="all-caps"]')).toHaveLength(1);
    // The user types: the findings follow the edit until the answer lands.
    adapter.type('Oh, Hi URGENT news');
    await controller.settled();
    runFrames();
    expect(controller.currentText()).toBe('Oh, Hi URGENT news');
    expect(controller.currentReport().findings[0]?.start).toBe(7);
  });

  it('"Fix all" fixes to the end: the fixed text is linted again until no safe fix is left, one edit list', async () => {
    const { controller, adapter, linted } = setup('Hi URGENT!! today');
    controller.markDirty();
    await controller.settled();
    const result = await controller.fixAllSafe();
    expect(result).toEqual({ applied: true, text: 'Hi Urgent! today' });
    // One batch of edits reached the field (one undo step), after a second lint of the fixed text.
    expect(adapter.applied).toHaveLength(1);
    expect(linted).toContain('Hi URGENT! today');
  });

  it('"Fix all" with nothing safe to fix says so', async () => {
    const { controller } = setup('Hi there');
    controller.markDirty();
    await controller.settled();
    expect(await controller.fixAllSafe()).toMatchObject({ applied: false, reason: 'There was nothing to fix.' });
  });

  it('the popup state is the report of the current text', async () => {
    const { controller, adapter } = setup('Hi URGENT');
    adapter.type('Hi URGENT news');
    const state = await controller.state();
    expect(state.text).toBe('Hi URGENT news');
    expect(state.report.findings).toHaveLength(1);
    expect(state.siteEnabled).toBe(true);
  });

  it('destroy() takes the badge and underlines away and releases the adapter', async () => {
    const { controller, layer, adapter, runFrames, page } = setup('Hi URGENT');
    controller.markDirty();
    await controller.settled();
    runFrames();
    controller.destroy();
    expect(layer.children).toHaveLength(0);
    expect(adapter.disposed).toBe(true);
    expect(page.closeCardFor).toHaveBeenCalledWith(controller);
    expect(controller.isDestroyed).toBe(true);
  });
});
