import { describe, expect, it } from 'vitest';
import { acceptedEdits, applyEdits, applyFixes, type Fix } from '../rules';
import { diffTexts, mergeEdits, remapFixes, shiftOffset } from './text-edits';

const text = 'Check bit.ly/abc 😀 URGENT now';
const emojiFix: Fix = { label: 'Remove emoji', safe: true, edits: [{ start: 16, end: 19, text: '' }] };
const capsFix: Fix = { label: 'Write "Urgent"', safe: true, edits: [{ start: 20, end: 26, text: 'Urgent' }] };

describe('diffTexts', () => {
  it('finds the changed region', () => {
    expect(diffTexts('abc', 'abc')).toBeNull();
    expect(diffTexts('Hello world', 'Hello brave world')).toEqual({ start: 6, oldEnd: 6, newEnd: 12 });
    expect(diffTexts('Hello world', 'Hello')).toEqual({ start: 5, oldEnd: 11, newEnd: 5 });
  });
});

describe('remapFixes', () => {
  it('keeps fixes when nothing changed', () => {
    expect(remapFixes([emojiFix], text, text)).toEqual([emojiFix]);
  });
  it('shifts fixes after a change before them', () => {
    const current = `Hi! ${text}`;
    const [moved] = remapFixes([emojiFix], text, current);
    expect(moved?.edits).toEqual([{ start: 20, end: 23, text: '' }]);
    expect(applyEdits(current, moved?.edits ?? [])).toBe('Hi! Check bit.ly/abc URGENT now');
  });
  it('keeps fixes before a change untouched', () => {
    const current = `${text} please`;
    expect(remapFixes([capsFix], text, current)).toEqual([capsFix]);
  });
  it('drops fixes whose range the user edited', () => {
    const current = text.replace('URGENT', 'URGENTLY');
    expect(remapFixes([capsFix], text, current)).toEqual([]);
  });
  it('drops an insertion at the exact point where text was inserted', () => {
    const insertion: Fix = { label: 'Add period', safe: true, edits: [{ start: 5, end: 5, text: '.' }] };
    expect(remapFixes([insertion], 'Hello', 'Hello there')).toEqual([]);
  });
  it('drops every edit of a multi-edit fix when one of them is stale', () => {
    const both: Fix = { label: 'both', safe: true, edits: [...emojiFix.edits, ...capsFix.edits] };
    expect(remapFixes([both], text, text.replace('now', 'today'))).toHaveLength(1);
    expect(remapFixes([both], text, text.replace('URGENT', 'urgent!'))).toEqual([]);
  });
});

describe('acceptedEdits', () => {
  it('produces the same text as the rules library', () => {
    const overlapping: Fix = { label: 'x', safe: true, edits: [{ start: 18, end: 22, text: '?' }] };
    const fixes = [emojiFix, capsFix, overlapping];
    const edits = acceptedEdits(fixes, text.length);
    expect(applyEdits(text, edits)).toBe(applyFixes(text, fixes));
    expect(applyEdits(text, edits)).toBe('Check bit.ly/abc Urgent now');
  });
  it('skips fixes outside the text', () => {
    expect(acceptedEdits([{ label: 'x', safe: true, edits: [{ start: 3, end: 99, text: '' }] }], 10)).toEqual([]);
  });
});

describe('shiftOffset', () => {
  const edits = acceptedEdits([emojiFix, capsFix], text.length);
  it('moves a caret after the edits by the length change', () => {
    expect(shiftOffset(text.length, edits)).toBe(text.length - 3);
  });
  it('leaves a caret before the edits alone', () => {
    expect(shiftOffset(3, edits)).toBe(3);
  });
  it('puts a caret inside a replaced range at the end of the replacement', () => {
    expect(shiftOffset(22, edits)).toBe(17 + 'Urgent'.length);
  });
  it('keeps a caret at an insertion point before the inserted text', () => {
    expect(shiftOffset(5, [{ start: 5, end: 5, text: '!!' }])).toBe(5);
    expect(shiftOffset(6, [{ start: 5, end: 5, text: '!!' }])).toBe(8);
  });
});

describe('mergeEdits', () => {
  it('covers all edits with one replacement', () => {
    const edits = acceptedEdits([emojiFix, capsFix], text.length);
    const merged = mergeEdits(text, edits);
    expect(merged).toEqual({ start: 16, end: 26, text: ' Urgent' });
    expect(applyEdits(text, merged ? [merged] : [])).toBe(applyEdits(text, edits));
    expect(mergeEdits(text, [])).toBeNull();
  });

  it('merges more edits than a call can take as arguments', () => {
    // 300,000 one-character deletions: Math.max(...ends) would overflow the call stack.
    const long = 'ab'.repeat(300_000);
    const edits = Array.from({ length: 300_000 }, (_, index) => ({ start: index * 2, end: index * 2 + 1, text: '' }));
    const merged = mergeEdits(long, edits);
    expect(merged?.start).toBe(0);
    expect(merged?.end).toBe(long.length - 1);
    expect(merged?.text).toBe('b'.repeat(299_999));
  });
});
