import { describe, expect, it } from 'vitest';
import { detectLanguage } from './language';
import { parseMessage } from './message';

function language(text: string) {
  const { words } = parseMessage(text);
  return detectLanguage(text, words).language;
}

describe('detectLanguage', () => {
  it.each([
    ['Hartwell & Diaz: Hola Maria, le escribimos sobre su caso. Responda STOP para cancelar.', 'es'],
    ['Su audiencia es el lunes a las 9am en la corte.', 'es'],
    ['Su audiencia es el lunes', 'es'],
    ['¿Puede venir mañana?', 'es'],
    ['Gracias, nos vemos', 'es'],
    ['Hi Maria, your hearing moved to Monday at 9am. Reply STOP to opt out.', 'en'],
    ['Jose Garcia, case 2024-CV-1234, 3/14 9:30am https://hartwelldiaz.com/c/1', 'en'],
    ['Please sign the retainer today.', 'en'],
    ['', 'en'],
  ])('%j is %s', (text, expected) => {
    expect(language(text)).toBe(expected);
  });

  it('states each sentence of a mixed message', () => {
    const text = 'Your hearing is Monday. Su audiencia es el lunes.';
    const { words } = parseMessage(text);
    expect(detectLanguage(text, words).sentences.map((sentence) => sentence.language)).toEqual(['en', 'es']);
  });

  it('takes a pinned language from the settings', () => {
    const text = 'Your hearing is Monday.';
    expect(detectLanguage(text, parseMessage(text).words, 'es').language).toBe('es');
  });
});
