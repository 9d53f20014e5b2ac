import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRule, FINDINGS_SHOWN_PER_KIND, formatMessage, lint } from './engine';
import { fixAllSafe } from './fix-all';
import { acceptedEdits, applyEdits, applyFixes, safeFixesOf } from './fixes';
import { RULE_IDS, RULES, ruleById } from './registry';
import { compareFindings, penaltyOf, RULE_WEIGHTS, scoreFindings, signalOf } from './score';
import type { Finding, Fix, Rule, Severity, TextEdit } from './types';

const severity = fc.constantFrom<Severity>('error', 'warning', 'info');

describe('scoreFindings', () => {
  const finding = (value: Severity, ruleId = 'emoji') => ({ severity: value, ruleId });

  it('blocks any error below 50, reviews warnings, passes the rest', () => {
    expect(scoreFindings([])).toEqual({ score: 100, verdict: 'ready' });
    expect(scoreFindings([finding('info')]).verdict).toBe('ready');
    expect(scoreFindings([finding('warning')]).verdict).toBe('review');
    const blocked = scoreFindings([finding('error')]);
    expect(blocked.verdict).toBe('blocked');
    expect(blocked.score).toBeLessThan(50);
  });

  it('weighs what carriers weigh: a phishing warning costs far more than a spelling warning', () => {
    const phishing = scoreFindings([finding('warning', 'phishing-language')]).score;
    const spelling = scoreFindings([finding('warning', 'spelling')]).score;
    expect(100 - phishing).toBe(24);
    expect(100 - spelling).toBe(3);
    expect(100 - scoreFindings([finding('warning', 'some-future-rule')]).score).toBe(12);
  });

  it('counts repeats of one rule with diminishing weight (the k-th counts 1/k)', () => {
    const tenTypos = scoreFindings(Array.from({ length: 10 }, () => finding('warning', 'spelling'))).score;
    // 3 * (1 + 1/2 + ... + 1/10) = 8.79
    expect(tenTypos).toBe(91);
  });

  it('counts the presentation rules as one signal: typos, capitals and emoji share one series', () => {
    const mixed = scoreFindings([finding('warning', 'all-caps'), finding('warning', 'emoji')]).score;
    // 12 + 12 / 2, not 12 + 12.
    expect(100 - mixed).toBe(18);
    const content = scoreFindings([finding('warning', 'all-caps'), finding('warning', 'phishing-language')]).score;
    expect(100 - content).toBe(36);
  });

  it('weighs one kind of finding apart when the table names it', () => {
    const cues = { severity: 'info' as const, ruleId: 'phishing-language', messageId: 'scamCues' };
    expect(100 - scoreFindings([cues]).score).toBe(12);
    expect(100 - scoreFindings([{ ...cues, messageId: 'falseUrgency' }]).score).toBe(6);
  });

  it('states a reason for every weight', () => {
    for (const [key, { weight, reason }] of Object.entries(RULE_WEIGHTS)) {
      const [ruleId = '', messageId] = key.split('/');
      expect(RULE_IDS, key).toContain(ruleId);
      if (messageId !== undefined) expect(Object.keys(ruleById(ruleId)?.meta.messages ?? {}), key).toContain(messageId);
      expect(weight).toBeGreaterThan(0);
      expect(reason.length).toBeGreaterThan(20);
    }
  });

  it('sums the same penalties as ranking every finding of a rule one by one', () => {
    // The plain definition: each signal's penalties, most costly first, the k-th counting 1/k.
    const plainPenalty = (findings: readonly { severity: Severity; ruleId: string; messageId?: string }[]) => {
      const byRule = new Map<string, number[]>();
      for (const one of findings) {
        const signal = signalOf(one.ruleId);
        byRule.set(signal, [...(byRule.get(signal) ?? []), penaltyOf(one)]);
      }
      let total = 0;
      for (const penalties of byRule.values()) {
        penalties
          .sort((a, b) => b - a)
          .forEach((value, index) => {
            total += value / (index + 1);
          });
      }
      return total;
    };
    const anyFinding = fc.record({
      severity,
      ruleId: fc.constantFrom('phishing-language', 'spelling', 'grammar', 'some-future-rule'),
      messageId: fc.constantFrom('scamCues', 'falseUrgency', 'unmatchedQuote'),
    });
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 60 }), (findings) => {
        const expected = Math.max(0, Math.round(100 - plainPenalty(findings)));
        const errors = findings.some((one) => one.severity === 'error');
        expect(scoreFindings(findings).score).toBe(errors ? Math.min(expected, 49) : expected);
      }),
    );
  });

  it('never raises the score when a finding is added', () => {
    const anyFinding = fc.record({ severity, ruleId: fc.constantFrom(...RULE_IDS) });
    fc.assert(
      fc.property(fc.array(anyFinding, { maxLength: 30 }), anyFinding, (existing, added) => {
        const before = scoreFindings(existing);
        const after = scoreFindings([...existing, added]);
        expect(after.score).toBeLessThanOrEqual(before.score);
        expect(after.score).toBeGreaterThanOrEqual(0);
      }),
    );
  });
});

describe('formatMessage', () => {
  it.each([
    ['no placeholder', 'Use https:// instead.', {}, 'Use https:// instead.'],
    ['one placeholder', 'This "{mark}" has no partner.', { mark: '(' }, 'This "(" has no partner.'],
    ['a number', '{count} segments', { count: 3 }, '3 segments'],
    ['the same key twice', '{word} and {word}', { word: 'the' }, 'the and the'],
    ['placeholders side by side', '{a}{b}', { a: 'x', b: 'y' }, 'xy'],
    ['a key the data lacks stays as written', 'Use {name} here', {}, 'Use {name} here'],
    ['braces that are not a placeholder', 'a {b c} {} d', { b: 'x' }, 'a {b c} {} d'],
  ])('%s', (_, template, data, expected) => {
    expect(formatMessage(template, data)).toBe(expected);
  });

  it('gives each call its own data when one template is used with many values in a row', () => {
    const template = 'This "{mark}" has no partner ({side}).';
    const marks = ['(', '(', ')', '(', '”', '”', '('];
    for (const mark of marks) {
      for (const side of ['left', 'left', 'right']) {
        expect(formatMessage(template, { mark, side })).toBe(`This "${mark}" has no partner (${side}).`);
      }
    }
  });

  it('stays right when more sets of data take turns than it remembers texts for', () => {
    const template = '{chars} costs {cost}.';
    for (let round = 0; round < 3; round++) {
      for (const chars of ['“', '”', '’', '—', '…', '“']) {
        expect(formatMessage(template, { chars, cost: round })).toBe(`${chars} costs ${round}.`);
      }
    }
  });
});

describe('applyFixes', () => {
  const replace = (start: number, end: number, text: string, safe = true): Fix => ({
    label: 'test',
    edits: [{ start, end, text }],
    safe,
  });

  it('applies non-overlapping edits against the original offsets', () => {
    expect(applyFixes('abc def ghi', [replace(8, 11, 'GHI'), replace(0, 3, 'ABC')])).toBe('ABC def GHI');
  });

  it('skips a fix that collides with one already taken', () => {
    expect(applyFixes('abcdef', [replace(0, 4, 'X'), replace(2, 6, 'Y')])).toBe('Xef');
  });

  it('keeps insertions at the same offset in fix order', () => {
    expect(applyFixes('Hi', [replace(2, 2, ' one'), replace(2, 2, ' two')])).toBe('Hi one two');
  });

  it('ignores edits outside the text instead of corrupting it', () => {
    expect(applyFixes('short', [replace(3, 99, 'x')])).toBe('short');
  });

  it('takes only the safe fix of each finding', () => {
    const findings = [{ fixes: [replace(0, 1, 'unsafe', false), replace(0, 1, 'S')] }, { fixes: [] }];
    expect(applyFixes('s', safeFixesOf(findings))).toBe('S');
  });
});

describe('lint', () => {
  it('keeps every finding of a rule with hundreds of thousands of them (no stack overflow)', () => {
    // One rule's findings were once appended with push(...findings): from about 125,000 arguments
    // the call overflows the stack, and the CLI skipped the message as an "internal error".
    const text = '('.repeat(200_000);
    const unmatched = checkRule(ruleById('grammar') as Rule, text).filter(
      (finding) => finding.messageId === 'unmatchedParenthesis',
    );
    expect(unmatched).toHaveLength(200_000);
    expect(unmatched[199_999]?.start).toBe(199_999);
    const report = lint(text);
    const folded = report.findings.filter((finding) => finding.messageId === 'unmatchedParenthesis');
    expect(folded).toHaveLength(FINDINGS_SHOWN_PER_KIND + 1);
    expect(folded.at(-1)).toMatchObject({ start: FINDINGS_SHOWN_PER_KIND, end: 200_000 });
  });

  it('returns a complete report for an empty message with no settings', () => {
    const report = lint('');
    expect(report).toMatchObject({ encoding: 'GSM-7', segments: 1, characters: 0 });
    expect(report.score).toBeGreaterThanOrEqual(0);
    expect(report.score).toBeLessThanOrEqual(100);
    expect(['ready', 'review', 'blocked']).toContain(report.verdict);
  });

  it('reports ranges inside the text, sorted by position', () => {
    const text = 'URGENT!! Click bit.ly/x3 now 😀 to claim your prize. Call 512-555-0147.';
    const report = lint(text, { firmName: 'Hartwell & Diaz' }, { firstMessage: true });
    expect(report.findings.length).toBeGreaterThan(0);
    let previous = 0;
    for (const finding of report.findings) {
      expect(finding.start).toBeGreaterThanOrEqual(previous);
      expect(finding.end).toBeGreaterThanOrEqual(finding.start);
      expect(finding.end).toBeLessThanOrEqual(text.length);
      previous = finding.start;
    }
  });

  it('orders and scores the findings as a stable sort by compareFindings and scoreFindings would', () => {
    // lint() orders and scores from what it noted as each finding was reported; the reference is
    // the rules' findings in registry order, sorted and scored from the findings themselves.
    const parts = [
      'a ',
      'the the ',
      'hi. ',
      '“',
      '” ',
      '(',
      ') ',
      '😀',
      '👍🏽 ',
      'bit.ly/x ',
      '512-555-0147 ',
      'FREE ',
      '!!',
      '’',
      ' ,',
      'STOP ',
      'Hartwell & Diaz ',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 40 }), fc.boolean(), (chosen, firstMessage) => {
        const text = chosen.join('');
        const settings = { firmName: 'Hartwell & Diaz', ruleSeverity: { grammar: 'error' as const } };
        const report = lint(text, settings, { firstMessage });
        const byRule = RULE_IDS.flatMap((id) => checkRule(ruleById(id) as Rule, text, settings, { firstMessage }));
        const reference = [...byRule].sort(compareFindings);
        expect(report.findings).toEqual(reference);
        expect({ score: report.score, verdict: report.verdict }).toEqual(scoreFindings(reference));
      }),
      { numRuns: 300 },
    );
  });

  it('turns a rule off or changes its severity through ruleSeverity', () => {
    const text = 'See http://hartwelldiaz.com/portal';
    const settings = { firmDomains: ['hartwelldiaz.com'] };
    const insecure = (severities: Record<string, 'off' | 'error' | 'warning' | 'info'>) =>
      lint(text, { ...settings, ruleSeverity: severities }).findings.filter((f) => f.ruleId === 'insecure-link');
    expect(insecure({ 'insecure-link': 'off' })).toEqual([]);
    for (const finding of insecure({ 'insecure-link': 'error' })) expect(finding.severity).toBe('error');
  });

  it('stays well-formed on arbitrary input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: 'grapheme' }), (text) => {
        const report = lint(text);
        for (const finding of report.findings) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
        }
        const fixed = applyFixes(text, safeFixesOf(report.findings));
        expect(typeof fixed).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('lints a 100,000-character paste', () => {
    const text = 'Hi Maria, your hearing moved to 3/14 at 9am. See https://hartwelldiaz.com/portal. '.repeat(1220);
    expect(text.length).toBeGreaterThan(100_000);
    const report = lint(text, { firmName: 'Hartwell & Diaz', firmDomains: ['hartwelldiaz.com'] });
    expect(report.verdict).toBe('blocked');
    expect(report.findings.some((finding) => finding.ruleId === 'message-length')).toBe(true);
  });
});

describe('applyFixes against a brute-force reference', () => {
  it('takes the same fixes as checking every accepted edit', () => {
    const edit = fc.record({ start: fc.nat(30), length: fc.nat(4), text: fc.string({ maxLength: 3 }) });
    const fixArbitrary = fc.array(edit, { minLength: 1, maxLength: 2 }).map((edits) => ({
      label: 'x',
      safe: true,
      edits: edits.map(({ start, length, text }) => ({ start, end: start + length, text })),
    }));
    fc.assert(
      fc.property(fc.array(fixArbitrary, { maxLength: 12 }), (fixes) => {
        const text = 'abcdefghijklmnopqrstuvwxyz0123456789';
        const reference = referenceApply(text, fixes);
        expect(applyFixes(text, fixes)).toBe(reference);
      }),
      { numRuns: 500 },
    );
  });
});

function overlapsReference(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  if (a.start === a.end && b.start === b.end) return false;
  if (a.start === a.end) return b.start < a.start && a.start < b.end;
  if (b.start === b.end) return a.start < b.start && b.start < a.end;
  return a.start < b.end && b.start < a.end;
}

function referenceApply(text: string, fixes: Fix[]): string {
  const accepted: { start: number; end: number; text: string; order: number }[] = [];
  let order = 0;
  for (const fix of fixes) {
    if (!fix.edits.every((e) => e.start >= 0 && e.end >= e.start && e.end <= text.length)) continue;
    const selfOverlap = fix.edits.some((e, i) => fix.edits.some((o, j) => j < i && overlapsReference(e, o)));
    if (selfOverlap || fix.edits.some((e) => accepted.some((a) => overlapsReference(e, a)))) continue;
    for (const e of fix.edits) accepted.push({ ...e, order: order++ });
  }
  accepted.sort((a, b) => a.start - b.start || a.end - b.end || a.order - b.order);
  let result = '';
  let cursor = 0;
  for (const e of accepted) {
    result += text.slice(cursor, e.start) + e.text;
    cursor = e.end;
  }
  return result + text.slice(cursor);
}

describe('findings past FINDINGS_SHOWN_PER_KIND of one kind', () => {
  const shown = FINDINGS_SHOWN_PER_KIND;
  const firm = { firmName: 'Hartwell & Diaz', termsUrl: 'https://hartwelldiaz.com/sms-terms' };
  /** Every rule's findings, none folded, in report order (checkRule runs a rule alone, unfolded). */
  const everyFinding = (text: string, firstMessage = true) =>
    RULES.flatMap((rule) => checkRule(rule, text, firm, { firstMessage })).sort(compareFindings);

  // A text, the kind that passes the limit, how many of that kind it has, what "fix all" leaves.
  const cases: { name: string; text: string; ruleId: string; messageId: string; count: number; fixed: string }[] = [
    {
      name: 'emoji (safe fix each)',
      text: `Hartwell & Diaz: ${'😀'.repeat(shown + 7)} Reply STOP to opt out.`,
      ruleId: 'emoji',
      messageId: 'emoji',
      count: shown + 7,
      fixed: 'Hartwell & Diaz: Reply STOP to opt out.',
    },
    {
      name: 'curly quotes (safe fix each)',
      text: `Hartwell & Diaz: ${'“a” '.repeat(shown)}Reply STOP to opt out.`,
      ruleId: 'non-gsm-character',
      messageId: 'replaceable',
      count: shown * 2,
      fixed: `Hartwell & Diaz: ${'"a" '.repeat(shown)}Reply STOP to opt out.`,
    },
    {
      name: 'a repeated word (deletions that touch)',
      text: `Hartwell & Diaz: the ${'the '.repeat(shown + 9)}Reply STOP to opt out.`,
      ruleId: 'grammar',
      messageId: 'repeatedWord',
      count: shown + 9,
      fixed: 'Hartwell & Diaz: the Reply STOP to opt out.',
    },
    {
      name: 'unmatched parentheses (no fix)',
      text: `Hartwell & Diaz: ${'('.repeat(shown + 1)} Reply STOP to opt out.`,
      ruleId: 'grammar',
      messageId: 'unmatchedParenthesis',
      count: shown + 1,
      fixed: `Hartwell & Diaz: ${'('.repeat(shown + 1)} Reply STOP to opt out.`,
    },
  ];

  it.each(cases)('$name: the rest are one finding that stands for them', ({ text, ruleId, messageId, count }) => {
    const report = lint(text, firm, { firstMessage: true });
    const all = everyFinding(text);
    const ofKind = report.findings.filter((finding) => finding.ruleId === ruleId && finding.messageId === messageId);
    const allOfKind = all.filter((finding) => finding.ruleId === ruleId && finding.messageId === messageId);
    expect(allOfKind).toHaveLength(count);
    expect(ofKind).toHaveLength(shown + 1);
    // The first ones as they were; then one finding from the next one's start to the last one's end.
    expect(ofKind.slice(0, shown)).toEqual(allOfKind.slice(0, shown));
    const folded = ofKind[shown];
    const rest = allOfKind.slice(shown);
    expect(folded?.start).toBe(rest[0]?.start);
    expect(folded?.end).toBe(rest.at(-1)?.end);
    expect(folded?.message).toBe(
      `${rest[0]?.message} (This finding stands for ${(count - shown).toLocaleString('en-US')} like it from here on: a report lists at most ${shown.toLocaleString('en-US')} of one kind one by one.)`,
    );
    // Its one safe fix holds every edit of the rest's safe fixes (deletions that touch joined).
    const restEdits = safeFixesOf(rest).flatMap((fix) => fix.edits);
    const foldedEdits = safeFixesOf([folded as NonNullable<typeof folded>]).flatMap((fix) => fix.edits);
    expect(applyEdits(text, foldedEdits)).toBe(applyEdits(text, restEdits));
    expect(foldedEdits.length).toBe(joinedDeletions(restEdits).length);
    if (restEdits.length > 0)
      expect(folded?.fixes[0]?.label).toContain(`(all ${(count - shown).toLocaleString('en-US')})`);
    // Scored as every finding would be, by lint() and by anything scoring the report's findings again.
    expect(folded?.standsFor).toBe(count - shown);
    expect(ofKind.slice(0, shown).every((finding) => finding.standsFor === undefined)).toBe(true);
    expect({ score: report.score, verdict: report.verdict }).toEqual(scoreFindings(all));
    expect(scoreFindings(report.findings)).toEqual(scoreFindings(all));
    // Every other finding unchanged.
    const others = (findings: typeof all) =>
      findings.filter((finding) => !(finding.ruleId === ruleId && finding.messageId === messageId));
    expect(others(report.findings)).toEqual(others(all));
  });

  /** Edits in order with each deletion that starts where the one before ends joined to it. */
  const joinedDeletions = (edits: readonly TextEdit[]) => {
    const joined: TextEdit[] = [];
    for (const edit of edits) {
      const last = joined.at(-1);
      const deletes = (candidate: TextEdit) => candidate.text === '' && candidate.start < candidate.end;
      if (last && deletes(last) && deletes(edit) && last.end === edit.start)
        joined[joined.length - 1] = { ...last, end: edit.end };
      else joined.push(edit);
    }
    return joined;
  };

  /** fixAllSafe's passes with every finding unfolded: each pass applies every finding's safe fix. */
  const fixedWithoutFolding = (text: string) => {
    let current = text;
    for (let pass = 0; pass < 6; pass++) {
      const next = applyFixes(current, safeFixesOf(everyFinding(current, false)));
      if (next === current) break;
      current = next;
    }
    return current;
  };

  it.each(cases)('$name: "fix all" still fixes every one', ({ text, fixed }) => {
    expect(fixAllSafe(text, firm).text).toBe(fixed);
    expect(fixedWithoutFolding(text)).toBe(fixed);
  });

  it('keeps a folded suggestion a suggestion ("an" before "a" is not applied unreviewed)', () => {
    const text = `Hartwell & Diaz: ${'a a '.repeat(shown)}Reply STOP to opt out.`;
    const useAn = (findings: readonly Finding[]) => findings.filter((finding) => finding.messageId === 'useAn');
    const all = useAn(everyFinding(text));
    const folded = useAn(lint(text, firm, { firstMessage: true }).findings)[shown];
    expect(all[shown]?.fixes.map((fix) => fix.safe)).toEqual([false]);
    expect(folded?.fixes).toHaveLength(1);
    expect(folded?.fixes[0]).toMatchObject({
      label: `Change "a" to "an" (all ${(all.length - shown).toLocaleString('en-US')})`,
      safe: false,
    });
    expect(folded?.fixes[0]?.edits).toEqual(all.slice(shown).flatMap((finding) => finding.fixes[0]?.edits));
  });

  it('leaves a text with no more than that many of each kind as it was', () => {
    const text = `Hartwell & Diaz: ${'😀'.repeat(shown)} Reply STOP to opt out.`;
    expect(lint(text, firm, { firstMessage: true }).findings).toEqual(everyFinding(text));
  });
});

describe('acceptedEdits on a fix with thousands of edits', () => {
  const edits = Array.from({ length: 20_000 }, (_, index) => ({ start: index * 2, end: index * 2 + 1, text: 'x' }));

  it('takes them when none overlap, and refuses the fix when two do', () => {
    expect(acceptedEdits([{ label: 'all', edits, safe: true }], 40_000)).toHaveLength(20_000);
    const overlapping = [...edits, { start: 39_997, end: 39_999, text: '' }];
    expect(acceptedEdits([{ label: 'all', edits: overlapping, safe: true }], 40_000)).toEqual([]);
    const reversed = [...edits].reverse();
    expect(acceptedEdits([{ label: 'all', edits: reversed, safe: true }], 40_000)).toEqual(edits);
  });
});
