import { describe, expect, it } from 'vitest';
import { spellingSettingsOf } from './spelling-protocol';

describe('spellingSettingsOf', () => {
  it('sends the spelling host only what spelling reads, the pinned language included', () => {
    expect(
      spellingSettingsOf({
        firmName: 'Hartwell & Diaz',
        firmDictionary: ['Okonkwo'],
        language: 'es',
        ruleSeverity: { spelling: 'info', 'all-caps': 'off' },
        termsUrl: 'https://hartwelldiaz.com/sms-terms',
      }),
    ).toEqual({
      firmName: 'Hartwell & Diaz',
      firmDictionary: ['Okonkwo'],
      language: 'es',
      ruleSeverity: { spelling: 'info' },
    });
    expect(spellingSettingsOf({})).toEqual({});
  });
});
