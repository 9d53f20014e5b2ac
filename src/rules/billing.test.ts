import { describe, expect, it } from 'vitest';
import { billedTextOf } from './billing';
import { lint } from './engine';
import { parseMessage } from './message';

describe('billed text', () => {
  const curly = `Hartwell & Diaz: we’ve filed your motion — it’s done. ${'Please bring your ID. '.repeat(4)}`;

  it('is the original without smart encoding', () => {
    const message = parseMessage(curly);
    const billed = billedTextOf(message, { smartEncoding: false });
    expect(billed.text).toBe(curly);
    expect(billed.encoding.encoding).toBe('UCS-2');
  });

  it('is the converted GSM-7 text with smart encoding, mapping offsets back', () => {
    const message = parseMessage(curly);
    const billed = billedTextOf(message, { smartEncoding: true });
    expect(billed.text).toBe(curly.replaceAll('’', "'").replace('—', '-'));
    expect(billed.encoding.encoding).toBe('GSM-7');
    const dash = billed.text.indexOf('-');
    expect(billed.toOriginal(dash)).toBe(curly.indexOf('—'));
    expect(billed.toOriginal(billed.text.length)).toBe(curly.length);
  });

  it('maps offsets after a replacement longer than its character', () => {
    const text = `Wait… ${'x'.repeat(10)}`;
    const billed = billedTextOf(parseMessage(text), { smartEncoding: true });
    expect(billed.text.startsWith('Wait...')).toBe(true);
    expect(billed.toOriginal(billed.text.indexOf('x'))).toBe(text.indexOf('x'));
  });

  it("states what is billed in lint()'s report and the length rule", () => {
    const without = lint(curly, { smartEncoding: false });
    const converted = lint(curly, { smartEncoding: true });
    expect(without.encoding).toBe('UCS-2');
    expect(without.segments).toBe(3);
    expect(converted.encoding).toBe('GSM-7');
    expect(converted.segments).toBe(1);
    expect(converted.findings.filter((finding) => finding.ruleId === 'message-length')).toEqual([]);
  });
});
