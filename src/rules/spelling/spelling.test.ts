import nspell from 'nspell';
import { describe, expect, it, vi } from 'vitest';
import { dictionaryPackageFiles, loadNodeDictionary } from '../../cli/dictionary';
import { EVERYDAY_WORDS } from '../data/everyday-words';
import { LEGAL_TERMS } from '../data/legal-words';
import { MEDICAL_WORDS } from '../data/medical-words';
import { applyFixes } from '../fixes';
import { parseMessage } from '../message';
import { withDefaults } from '../settings';
import { checkSpelling } from './check';
import { createSpellChecker, lazySpellChecker } from './checker';
import { compileDictionary, compiledDictionaryBytes } from './compile';
import { matchCase, spellingSuggestionFixes, suggestSpelling } from './suggest';
import { OUR_WORDS } from './words';

const files = await loadNodeDictionary();
const checker = createSpellChecker(files);
const englishFiles = dictionaryPackageFiles('en');
const spanishChecker = createSpellChecker(await loadNodeDictionary('es'));

describe('the legal dictionary', () => {
  it('has at least 400 distinct terms, none flagged by the checker', () => {
    expect(new Set(LEGAL_TERMS).size).toBe(LEGAL_TERMS.length);
    expect(LEGAL_TERMS.length).toBeGreaterThanOrEqual(400);
    const settings = withDefaults();
    const flagged = LEGAL_TERMS.filter((term) => checkSpelling(term, settings, checker).length > 0);
    expect(flagged).toEqual([]);
  });
});

describe('the medical and everyday vocabulary', () => {
  const hunspell = nspell(String(englishFiles.aff), String(englishFiles.dic));
  const terms = [...MEDICAL_WORDS, ...EVERYDAY_WORDS];

  it('has distinct terms, none in the legal list, none flagged by the checker', () => {
    expect(new Set([...terms, ...LEGAL_TERMS]).size).toBe(terms.length + LEGAL_TERMS.length);
    const settings = withDefaults();
    expect(terms.filter((term) => checkSpelling(term, settings, checker).length > 0)).toEqual([]);
  });

  it('lists only words dictionary-en lacks (what it knows would only grow the bundle)', () => {
    expect(terms.filter((term) => term.split(/\s+/).every((word) => hunspell.correct(word)))).toEqual([]);
  });

  const stoppedClock = { now: () => 0 };
  it.each([
    // A drug name, a medical term, an everyday word and a legal word, each beside a real slip.
    ['The doctor changed the gabapentin; the perscription is attached.', 'perscription', 'prescription'],
    ['The physiatrist found radiculopathy after the surgury.', 'surgury', 'surgery'],
    ['Send the dashcam video and your timecards with the paymnet record.', 'paymnet', 'payment'],
    ['The injury is compensable; we will retitle the car once the setlement clears.', 'setlement', 'settlement'],
  ])('accepts our words in "%s" and still catches %s, suggesting %s', (text, slip, best) => {
    const findings = checkSpelling(text, withDefaults(), checker);
    expect(findings.map((finding) => text.slice(finding.start, finding.end))).toEqual([slip]);
    expect(suggestSpelling(checker, slip, stoppedClock)[0]).toBe(best);
  });
});

describe('SpellChecker', () => {
  it('knows English, our legal words, and words added later', () => {
    expect(checker.isCorrect('hearing')).toBe(true);
    expect(checker.isCorrect('tortfeasor')).toBe(true);
    expect(checker.isCorrect('Okonkwo')).toBe(false);
    const local = createSpellChecker(files, { extraWords: ['Okonkwo', 'Abernathy Quist'] });
    expect(local.isCorrect('Okonkwo')).toBe(true);
    expect(local.isCorrect('Quist')).toBe(true);
    expect(local.isCorrect('Zelinski')).toBe(false);
    local.addWords(['Zelinski']);
    expect(local.isCorrect('Zelinski')).toBe(true);
  });

  it('follows Hunspell’s case rules: as listed, or capitalized or all caps of a listed word, never lower-cased names', () => {
    expect(checker.isCorrect('Hearing')).toBe(true);
    expect(checker.isCorrect('HEARING')).toBe(true);
    expect(checker.isCorrect('Monday')).toBe(true);
    expect(checker.isCorrect('MONDAY')).toBe(true);
    expect(checker.isCorrect('monday')).toBe(false);
    expect(checker.isCorrect('don’t')).toBe(true);
  });

  it('gives the same verdicts as nspell on the dictionary it was compiled from', () => {
    const hunspell = nspell(String(englishFiles.aff), String(englishFiles.dic));
    const words = [
      ...'The hearing was continued because opposing counsel never served the amended complaint'.split(' '),
      ...[
        'tomorow',
        'receive',
        'recieve',
        'Deposition',
        'DEPOSITION',
        'deposition’s',
        "client's",
        'colour',
        'Zelinski',
      ],
      ...['iPhone', 'IPHONE', 'McDonald', 'mcdonald', 'NASA', 'nasa', 'e-mail', 'Xyzzy', 'ALLCAPSWORD'],
    ];
    const plain = createSpellChecker(files);
    // Our own words are added on top of the dictionary: leave them out of the comparison.
    const compared = words.filter((word) => !OUR_WORDS.has(word.toLowerCase()));
    expect(compared.map((word) => plain.isCorrect(word))).toEqual(
      compared.map((word) => hunspell.correct(word.replaceAll('’', "'"))),
    );
  });

  it('reads the compiled bytes, and refuses bytes that are not a compiled dictionary', () => {
    expect(createSpellChecker(new Uint8Array(files)).isCorrect('continuance')).toBe(true);
    expect(() => createSpellChecker(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]))).toThrow(
      'Not a compiled spelling dictionary',
    );
    expect(() => createSpellChecker(files.slice(0, files.length - 8))).toThrow('damaged');
  });

  it('compiles a Hunspell dictionary: affixes expanded, NOSUGGEST words accepted but never suggested', () => {
    const aff = 'SET UTF-8\nNOSUGGEST !\nSFX S Y 1\nSFX S 0 s [^s]\nPFX R Y 1\nPFX R 0 re .\n';
    const dic = '4\nfile/SR\nhearing/S\nParis\ndarn/!S\n';
    const compiled = compileDictionary({ aff, dic });
    expect([...compiled.words.words()]).toEqual([
      'Paris',
      'darn',
      'darns',
      'file',
      'files',
      'hearing',
      'hearings',
      'refile',
      'refiles',
    ]);
    expect([...compiled.noSuggest.words()]).toEqual(['darn', 'darns']);
    const small = createSpellChecker(compiledDictionaryBytes(compiled));
    expect(['refiles', 'Hearings', 'PARIS', 'paris', 'darn'].map((word) => small.isCorrect(word))).toEqual([
      true,
      true,
      true,
      false,
      true,
    ]);
    expect(suggestSpelling(small, 'dawn', { now: () => 0 })).not.toContain('darn');
    expect(suggestSpelling(small, 'heering', { now: () => 0 })).toEqual(['hearing', 'hearings']);
  });
});

describe('lazySpellChecker', () => {
  it('loads once, even when asked twice while loading', async () => {
    const loader = vi.fn(async () => files);
    const get = lazySpellChecker(loader);
    const [first, second] = await Promise.all([get(), get()]);
    expect(first).toBe(second);
    expect(await get()).toBe(first);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it('retries after a failed load', async () => {
    const loader = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce(files);
    const get = lazySpellChecker(loader);
    await expect(get()).rejects.toThrow('offline');
    expect((await get()).isCorrect('subpoena')).toBe(true);
    expect(loader).toHaveBeenCalledTimes(2);
  });
});

describe('checkSpelling', () => {
  const settings = withDefaults({ firmName: 'Hartwell & Diaz', firmDictionary: ['Okonkwo'] });

  it('gives findings of rule "spelling" with no fixes, for a string or a parsed message', () => {
    const text = 'Hi Mr. Okonkwo, your depositon with Hartwell & Diaz is set.';
    const findings = checkSpelling(text, settings, checker);
    expect(findings).toEqual([
      {
        ruleId: 'spelling',
        messageId: 'misspelled',
        severity: 'warning',
        start: 21,
        end: 30,
        language: 'en',
        message:
          '"depositon" looks misspelled. Carriers filter texts with spelling mistakes as likely spam: correct it, or add it to the firm dictionary if it is right.',
        fixes: [],
      },
    ]);
    expect(checkSpelling(parseMessage(text), settings, checker)).toEqual(findings);
  });

  it('honours ruleSeverity', () => {
    expect(checkSpelling('depositon', { ...settings, ruleSeverity: { spelling: 'off' } }, checker)).toEqual([]);
    expect(
      checkSpelling('Your depositon.', { ...settings, ruleSeverity: { spelling: 'error' } }, checker)[0]?.severity,
    ).toBe('error');
  });
});

describe('suggestSpelling', () => {
  // A stopped clock: which words are suggested must not depend on how busy the machine is (the time
  // cap itself is tested with its own clock below; speed is measured by `npm run bench`).
  const stoppedClock = { now: () => 0 };

  it.each([
    ['depositon', 'deposition'],
    ['tomorow', 'tomorrow'],
    ['teh', 'the'],
    ['recieve', 'receive'],
    ['afidavit', 'affidavit'],
    ['plaintif', 'plaintiff'],
    ['tortfeaser', 'tortfeasor'],
    ['Depositon', 'Deposition'],
    ['DEPOSITON', 'DEPOSITION'],
  ])('suggests %s -> %s first', (word, best) => {
    expect(suggestSpelling(checker, word, stoppedClock)[0]).toBe(best);
  });

  it.each([
    ['audencia', 'audiencia'],
    ['manana', 'mañana'],
    ['declaracion', 'declaración'],
    ['llamenos', 'llámenos'],
    ['tribunl', 'tribunal'],
    // Letters that sound alike, and a silent h.
    ['recivir', 'recibir'],
    ['divorsio', 'divorcio'],
    ['sertificado', 'certificado'],
    ['haora', 'ahora'],
    // Two edits away, from the dictionary's search, ahead of a split into two words.
    ['citasion', 'citación'],
    ['Audencia', 'Audiencia'],
  ])('suggests %s -> %s first from the Spanish dictionary', (word, best) => {
    expect(suggestSpelling(spanishChecker, word, stoppedClock)[0]).toBe(best);
  });

  it.each([
    ['monday', 'Monday'],
    ['january', 'January'],
    ['mondya', 'Monday'],
  ])('offers a proper noun typed in lower case (%s) with its capital, never the word as typed', (word, best) => {
    const found = suggestSpelling(checker, word, stoppedClock);
    expect(found[0]).toBe(best);
    expect(found).not.toContain(word);
  });

  it('returns at most `max` suggestions', () => {
    expect(suggestSpelling(checker, 'teh', { ...stoppedClock, max: 2 })).toHaveLength(2);
  });

  it('stops the cheap pass when the time is up, after the first 512 candidates, and skips Hunspell on a small budget', () => {
    let clock = 0;
    let checked = 0;
    const suggest = vi.fn(() => ['slow']);
    const source = {
      isCorrect: (word: string) => {
        checked += 1;
        return checker.isCorrect(word);
      },
      suggest,
    };
    // 20 letters: 19 swaps, 20 deletions, 546 insertions and 520 substitutions.
    const found = suggestSpelling(source, 'z'.repeat(20), {
      timeLimitMs: 5,
      now: () => {
        clock += 1;
        return clock;
      },
    });
    expect(found).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(512);
    expect(checked).toBeLessThan(19 + 20 + 546 + 520);
    expect(suggest).not.toHaveBeenCalled();
  });

  it('finds a one-letter omission even when the clock has already run out', () => {
    let clock = 0;
    const found = suggestSpelling(checker, 'depostion', { timeLimitMs: 1, now: () => (clock += 1000) });
    expect(found[0]).toBe('deposition');
  });

  it('falls back to Hunspell’s search when the budget allows and the cheap pass found too little', () => {
    const suggest = vi.fn(() => ['accommodate']);
    const source = { isCorrect: (word: string) => checker.isCorrect(word), suggest };
    expect(suggestSpelling(source, 'acomodate', { timeLimitMs: 1000 })).toContain('accommodate');
    expect(suggest).toHaveBeenCalledWith('acomodate');
    expect(suggestSpelling(checker, 'acomodate', { timeLimitMs: 2000 })).toContain('accommodate');
  });

  it('matches case and builds suggestion fixes', () => {
    expect(matchCase('Teh', 'the')).toBe('The');
    expect(matchCase('TEH', 'the')).toBe('THE');
    expect(matchCase('teh', 'the')).toBe('the');
    const text = 'Your depositon is set.';
    const fixes = spellingSuggestionFixes(
      { start: 5, end: 14 },
      suggestSpelling(checker, 'depositon', { ...stoppedClock, max: 2 }),
    );
    expect(fixes.map((fix) => [fix.label, fix.safe])).toEqual([
      ['Replace with "deposition"', false],
      ['Replace with "depositor"', false],
    ]);
    expect(fixes[0] && applyFixes(text, [fixes[0]])).toBe('Your deposition is set.');
  });
});
