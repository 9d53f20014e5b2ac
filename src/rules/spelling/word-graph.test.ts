import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WordGraph } from './word-graph';

/** Optimal string alignment distance (Damerau-Levenshtein without repeated edits of one substring), by the book. */
function alignmentDistance(a: string, b: string): number {
  const table = Array.from({ length: a.length + 1 }, (_, row) =>
    Array.from({ length: b.length + 1 }, (_, column) => (row === 0 ? column : column === 0 ? row : 0)),
  );
  for (let row = 1; row <= a.length; row++) {
    for (let column = 1; column <= b.length; column++) {
      const cell = (r: number, c: number): number => table[r]?.[c] ?? 0;
      let cost = Math.min(
        cell(row - 1, column) + 1,
        cell(row, column - 1) + 1,
        cell(row - 1, column - 1) + (a[row - 1] === b[column - 1] ? 0 : 1),
      );
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1]) {
        cost = Math.min(cost, cell(row - 2, column - 2) + 1);
      }
      (table[row] as number[])[column] = cost;
    }
  }
  return table[a.length]?.[b.length] ?? 0;
}

const WORDS = [
  'hearing',
  'hearings',
  'heard',
  'hear',
  'Paris',
  'audiencia',
  'audiencias',
  'trámite',
  "client's",
  'año',
];

describe('WordGraph', () => {
  it('holds exactly its words, case and accents included', () => {
    const graph = WordGraph.fromWords(WORDS);
    for (const word of WORDS) expect(graph.has(word), word).toBe(true);
    for (const word of ['hea', 'hearin', 'paris', 'tramite', 'ano', 'Hearing', '', 'hearingss', 'xyz']) {
      expect(graph.has(word), word).toBe(false);
    }
    expect(graph.wordCount).toBe(WORDS.length);
    expect([...graph.words()]).toEqual([...WORDS].sort());
  });

  it('stores shared endings once: the plural -s of many words is one edge', () => {
    const stems = ['motion', 'hearing', 'filing', 'ruling', 'summons', 'claim', 'lien', 'writ'];
    const singular = WordGraph.fromWords(stems);
    const both = WordGraph.fromWords([...stems, ...stems.map((stem) => `${stem}s`)]);
    expect(both.byteLength - singular.byteLength).toBeLessThanOrEqual(4 * 2);
  });

  it('round-trips through bytes, at any offset, and refuses other bytes clearly', () => {
    const graph = WordGraph.fromWords(WORDS);
    const bytes = graph.toBytes();
    const shifted = new Uint8Array(bytes.length + 3);
    shifted.set(bytes, 3);
    const read = WordGraph.fromBytes(shifted.subarray(3));
    expect([...read.words()]).toEqual([...graph.words()]);
    expect(read.alphabet).toBe(graph.alphabet);
    expect(() => WordGraph.fromBytes(new Uint8Array(16))).toThrow('Not a compiled spelling dictionary');
    expect(() => WordGraph.fromBytes(bytes.subarray(0, bytes.length - 4))).toThrow('damaged');
    expect(() => WordGraph.fromBytes(new Uint8Array([...bytes, 0, 0, 0, 0]))).toThrow('damaged');
  });

  it('finds the words within two edits, closest first, with accents made cheaper when asked', () => {
    const graph = WordGraph.fromWords(WORDS);
    expect(graph.near('haering', 1)).toEqual([{ word: 'hearing', distance: 1 }]);
    expect(graph.near('hearng', 2).map((near) => near.word)).toEqual(['hearing', 'hear', 'heard', 'hearings']);
    expect(graph.near('tramite', 1)).toEqual([{ word: 'trámite', distance: 1 }]);
    const accentsHalf = (from: string, to: string) => (from.normalize('NFD')[0] === to.normalize('NFD')[0] ? 0.5 : 1);
    expect(graph.near('tramite', 1, { substitutionCost: accentsHalf })).toEqual([{ word: 'trámite', distance: 0.5 }]);
    expect(graph.near('hearng', 2, { limit: 2 }).map((near) => near.word)).toEqual(['hearing', 'hear']);
  });

  it('keeps the first letter when asked, accents aside', () => {
    const graph = WordGraph.fromWords(['hearing', 'bearing', 'ámbito', 'tramite']);
    expect(graph.near('hearin', 2).map((near) => near.word)).toEqual(['hearing', 'bearing']);
    expect(graph.near('hearin', 2, { sameFirstLetter: true }).map((near) => near.word)).toEqual(['hearing']);
    expect(graph.near('ambito', 1, { sameFirstLetter: true }).map((near) => near.word)).toEqual(['ámbito']);
  });

  it('agrees with a Set and with a brute-force distance on random word lists', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'á', 'ñ', "'"), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(fc.array(word, { maxLength: 60 }), word, (words, probe) => {
        const graph = WordGraph.fromBytes(WordGraph.fromWords(words).toBytes());
        const set = new Set(words);
        expect(graph.has(probe)).toBe(set.has(probe));
        expect([...graph.words()].sort()).toEqual([...set].sort());
        const expected = [...set]
          .filter((candidate) => candidate !== probe && alignmentDistance(probe, candidate) <= 2)
          .sort();
        const found = graph.near(probe, 2, { limit: 1000 });
        expect(found.map((near) => near.word).sort()).toEqual(expected);
        for (const near of found) expect(near.distance).toBe(alignmentDistance(probe, near.word));
      }),
      { numRuns: 300 },
    );
  });
});
