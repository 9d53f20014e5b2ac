import { describe, expect, it } from 'vitest';
import { createSpellChecker } from '../rules/spelling';
import { loadBundledDictionary, loadBundledSpanishDictionary } from './bundled-dictionary';

describe('the dictionaries inlined in the CLI', () => {
  it('decode to the English and the Spanish compiled dictionaries', async () => {
    const english = createSpellChecker(await loadBundledDictionary());
    const spanish = createSpellChecker(await loadBundledSpanishDictionary());
    expect([english.isCorrect('hearing'), english.isCorrect('audiencia')]).toEqual([true, false]);
    expect([spanish.isCorrect('audiencia'), spanish.isCorrect('mañana'), spanish.isCorrect('tomorrow')]).toEqual([
      true,
      true,
      false,
    ]);
  });
});
