import { describe, expect, it } from 'vitest';
import { lint } from '../engine';
import { applyFixes, safeFixesOf } from '../fixes';
import type { FirmSettings } from '../settings';
import type { Finding } from '../types';

/*
 * The three rules that require something in a first message (sender name first, STOP wording and
 * the terms link last) each offer a safe fix; applied together by "Fix all safe issues" they must
 * yield one tidy message, and the result must satisfy all three.
 */

const REQUIRED = new Set(['sender-identification', 'opt-out-instructions', 'terms-link']);
const SETTINGS: Partial<FirmSettings> = {
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  termsUrl: 'https://hartwelldiaz.com/sms-terms',
  firmPhoneNumbers: ['512-555-0147'],
};
const FIRST = { firstMessage: true };

function requiredFindings(text: string): Finding[] {
  return lint(text, SETTINGS, FIRST).findings.filter((finding) => REQUIRED.has(finding.ruleId));
}

function fixRequired(text: string): string {
  return applyFixes(text, safeFixesOf(requiredFindings(text)));
}

describe('first message: sender, opt-out and terms fixes together', () => {
  it('reports the three missing parts, sender first, opt-out before terms', () => {
    const findings = requiredFindings('Hi Maria, your case portal is ready.');
    expect(findings.map((finding) => [finding.ruleId, finding.messageId, finding.severity])).toEqual([
      ['sender-identification', 'missing', 'error'],
      ['opt-out-instructions', 'missing', 'error'],
      ['terms-link', 'missing', 'error'],
    ]);
  });

  it('applies all safe fixes into one tidy message that passes the three rules', () => {
    const fixed = fixRequired('Hi Maria, your case portal is ready.');
    expect(fixed).toBe(
      'Hartwell & Diaz: Hi Maria, your case portal is ready. Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms',
    );
    expect(requiredFindings(fixed)).toEqual([]);
  });

  it('gives the same result with every rule linting (all safe fixes applied, the disclosures too)', () => {
    const text = 'Hi Maria, your case portal is ready.';
    const fixed = applyFixes(text, safeFixesOf(lint(text, SETTINGS, FIRST).findings));
    expect(fixed).toBe(
      'Hartwell & Diaz: Hi Maria, your case portal is ready. Reply STOP to opt out. Msg frequency varies. Msg & data rates may apply. Reply HELP for help. Terms: https://hartwelldiaz.com/sms-terms',
    );
    expect(requiredFindings(fixed)).toEqual([]);
  });

  it('a Spanish first message gets Spanish fixes that apply together', () => {
    const text = 'Hola Maria, le escribimos sobre su caso de asilo.';
    expect(fixRequired(text)).toBe(
      'Hartwell & Diaz: Hola Maria, le escribimos sobre su caso de asilo. Responda STOP para cancelar. Términos: https://hartwelldiaz.com/sms-terms',
    );
    expect(requiredFindings(fixRequired(text))).toEqual([]);
  });

  it('a trailing emoji removed by the same fixes leaves the sentence closed before the appended ones', () => {
    const text = 'Hola Maria, su audiencia es el lunes 🎉';
    const fixed = applyFixes(text, safeFixesOf(lint(text, SETTINGS, FIRST).findings));
    expect(fixed).toBe(
      'Hartwell & Diaz: Hola Maria, su audiencia es el lunes. Responda STOP para cancelar. Frecuencia variable. Pueden aplicarse tarifas de msj y datos. Responda AYUDA para ayuda. Términos: https://hartwelldiaz.com/sms-terms',
    );
    expect(requiredFindings(fixed)).toEqual([]);
  });

  it('closes an open sentence once when several sentences are appended at its end', () => {
    const text = 'Hi Maria, your case portal is ready';
    expect(applyFixes(text, safeFixesOf(lint(text, SETTINGS, FIRST).findings))).toBe(
      'Hartwell & Diaz: Hi Maria, your case portal is ready. Terms: https://hartwelldiaz.com/sms-terms. Reply STOP to opt out. Msg frequency varies. Msg & data rates may apply. Reply HELP for help.',
    );
  });

  it('keeps a severity override from reordering the two end insertions', () => {
    const settings = { ...SETTINGS, ruleSeverity: { 'opt-out-instructions': 'warning' as const } };
    const text = 'Hi Maria, your case portal is ready.';
    const findings = lint(text, settings, FIRST).findings.filter((finding) => REQUIRED.has(finding.ruleId));
    expect(applyFixes(text, safeFixesOf(findings))).toBe(
      'Hartwell & Diaz: Hi Maria, your case portal is ready. Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms',
    );
  });

  it.each([
    [
      'no final full stop: the terms go first so that each part keeps one full stop',
      'Hi Maria, your case portal is ready',
      'Hartwell & Diaz: Hi Maria, your case portal is ready. Terms: https://hartwelldiaz.com/sms-terms. Reply STOP to opt out.',
    ],
    [
      'ends with a link',
      'Hi Maria, log in at https://portal.hartwelldiaz.com',
      'Hartwell & Diaz: Hi Maria, log in at https://portal.hartwelldiaz.com. Terms: https://hartwelldiaz.com/sms-terms. Reply STOP to opt out.',
    ],
    [
      'ends with an exclamation mark and a newline',
      'Welcome aboard, Maria!\n',
      'Hartwell & Diaz: Welcome aboard, Maria! Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms\n',
    ],
    [
      'already has STOP wording: only sender and terms',
      'Hi Maria, your portal is ready. Reply STOP to opt out.',
      'Hartwell & Diaz: Hi Maria, your portal is ready. Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms',
    ],
    [
      'already names the firm: only STOP and terms',
      'Hi Maria, this is Hartwell & Diaz. Your portal is ready.',
      'Hi Maria, this is Hartwell & Diaz. Your portal is ready. Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms',
    ],
  ])('%s', (_name, text, expected) => {
    const fixed = fixRequired(text);
    expect(fixed).toBe(expected);
    expect(requiredFindings(fixed)).toEqual([]);
  });

  it('a message that is already complete is left alone', () => {
    const text =
      'Hartwell & Diaz: Hi Maria, your case portal is ready. Reply STOP to opt out. Terms: https://hartwelldiaz.com/sms-terms';
    expect(requiredFindings(text)).toEqual([]);
  });
});
