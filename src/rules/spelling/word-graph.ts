/**
 * A spelling dictionary as a minimal acyclic word graph (a DAWG): every word form the Hunspell
 * dictionary accepts, with shared prefixes and shared endings stored once, in one Uint32Array.
 * Expanding Spanish's affix rules gives about 660,000 forms; nspell keeps them as object keys
 * (about 49 MB of heap), this graph in about a megabyte. The forms are expanded once, at build
 * time (compile.ts); a host only decodes the bytes.
 *
 * Layout: each node is a run of edges, sorted by symbol; one edge is one 32-bit number holding
 * its symbol (an index into the alphabet), whether a word ends after it, whether it is the node's
 * last edge, and where the next node's edges start (0: no edges; the root's run starts at 0 and
 * no edge points back to it).
 */

const SYMBOL_BITS = 8;
const SYMBOL_MASK = (1 << SYMBOL_BITS) - 1;
const END_OF_WORD = 1 << SYMBOL_BITS;
const LAST_EDGE = 1 << (SYMBOL_BITS + 1);
const TARGET_SHIFT = SYMBOL_BITS + 2;
/** 22 bits of target: room for four million edges (Spanish needs a few hundred thousand). */
const MAX_EDGES = 2 ** (32 - TARGET_SHIFT);

/** "SWG1" as a little-endian 32-bit number: marks the file format. */
const MAGIC = 0x31475753;
const HEADER_WORDS = 4;

/** A word within `distance` edits of the one asked about (see WordGraph.near). */
export interface NearWord {
  word: string;
  distance: number;
}

export class WordGraph {
  private readonly symbolOf = new Map<number, number>();

  private constructor(
    /** The characters words are made of; an edge stores the index of one. */
    readonly alphabet: string,
    private readonly edges: Uint32Array,
    /** How many words the graph holds. */
    readonly wordCount: number,
  ) {
    for (let index = 0; index < alphabet.length; index++) this.symbolOf.set(alphabet.charCodeAt(index), index);
  }

  /** Builds the graph of a word list (any order, duplicates allowed). */
  static fromWords(words: Iterable<string>): WordGraph {
    return buildWordGraph(words);
  }

  /** Reads the bytes that toBytes() wrote; throws a clear error on anything else. */
  static fromBytes(bytes: Uint8Array): WordGraph {
    const { graph, byteEnd } = WordGraph.readFrom(bytes, 0);
    if (byteEnd !== bytes.byteLength) throw damaged(bytes.byteLength, byteEnd);
    return graph;
  }

  /** Reads one graph that starts `byteOffset` bytes into `bytes` (several may follow each other). */
  static readFrom(bytes: Uint8Array, byteOffset: number): { graph: WordGraph; byteEnd: number } {
    const view = new DataView(bytes.buffer, bytes.byteOffset + byteOffset, bytes.byteLength - byteOffset);
    const word = (index: number): number => view.getUint32(index * 4, true);
    if (view.byteLength < HEADER_WORDS * 4 || word(0) !== MAGIC) {
      throw new Error('Not a compiled spelling dictionary (expected a word graph).');
    }
    const alphabetLength = word(1);
    const edgeCount = word(2);
    const wordCount = word(3);
    const byteLength = (HEADER_WORDS + alphabetLength + edgeCount) * 4;
    if (view.byteLength < byteLength) throw damaged(view.byteLength, byteLength);
    let alphabet = '';
    for (let index = 0; index < alphabetLength; index++) alphabet += String.fromCharCode(word(HEADER_WORDS + index));
    // Copied out (the bytes may sit at any offset, and the copy lets the fetched buffer go).
    const edges = new Uint32Array(edgeCount);
    const first = HEADER_WORDS + alphabetLength;
    for (let index = 0; index < edgeCount; index++) edges[index] = word(first + index);
    return { graph: new WordGraph(alphabet, edges, wordCount), byteEnd: byteOffset + byteLength };
  }

  /** @internal for the builder. */
  static fromParts(alphabet: string, edges: Uint32Array, wordCount: number): WordGraph {
    return new WordGraph(alphabet, edges, wordCount);
  }

  toBytes(): Uint8Array {
    const words = HEADER_WORDS + this.alphabet.length + this.edges.length;
    const bytes = new Uint8Array(words * 4);
    const view = new DataView(bytes.buffer);
    view.setUint32(0, MAGIC, true);
    view.setUint32(4, this.alphabet.length, true);
    view.setUint32(8, this.edges.length, true);
    view.setUint32(12, this.wordCount, true);
    for (let index = 0; index < this.alphabet.length; index++) {
      view.setUint32((HEADER_WORDS + index) * 4, this.alphabet.charCodeAt(index), true);
    }
    const first = HEADER_WORDS + this.alphabet.length;
    for (let index = 0; index < this.edges.length; index++)
      view.setUint32((first + index) * 4, this.edges[index] ?? 0, true);
    return bytes;
  }

  /** Memory held by the graph's edges, in bytes. */
  get byteLength(): number {
    return this.edges.byteLength;
  }

  /** True when the graph holds exactly this word (case-sensitive). */
  has(word: string): boolean {
    if (word === '') return false;
    let node = 0;
    for (let position = 0; position < word.length; position++) {
      const symbol = this.symbolOf.get(word.charCodeAt(position));
      if (symbol === undefined) return false;
      const edge = this.findEdge(node, symbol);
      if (edge < 0) return false;
      const value = this.edges[edge] ?? 0;
      if (position === word.length - 1) return (value & END_OF_WORD) !== 0;
      node = value >>> TARGET_SHIFT;
      if (node === 0) return false;
    }
    return false;
  }

  /** Every word of the graph, in alphabet order (for tests and checks: Spanish has 660,000). */
  *words(node = 0, prefix = ''): Generator<string> {
    for (let edge = node; edge < this.edges.length; edge++) {
      const value = this.edges[edge] ?? 0;
      const text = prefix + this.alphabet.charAt(value & SYMBOL_MASK);
      if (value & END_OF_WORD) yield text;
      const target = value >>> TARGET_SHIFT;
      if (target !== 0) yield* this.words(target, text);
      if (value & LAST_EDGE) break;
    }
  }

  /**
   * The words at most `maxDistance` edits from `word` (insertions, deletions, substitutions and
   * swaps of neighbouring letters: the optimal string alignment distance), closest first, at most
   * `limit` of them. Walks the graph once, abandoning a branch as soon as every alignment of its
   * prefix costs more than `maxDistance`; one row of costs per depth, allocated once per call.
   * `substitutionCost` may make some substitutions cheaper than 1 (an accent: a for á).
   */
  near(
    word: string,
    maxDistance: number,
    options: {
      limit?: number;
      substitutionCost?: (from: string, to: string) => number;
      /**
       * Only words whose first letter is the word's, or that letter with another accent: people
       * rarely get the first letter wrong, and fixing it makes the search many times faster.
       */
      sameFirstLetter?: boolean;
    } = {},
  ): NearWord[] {
    const limit = options.limit ?? 8;
    const firstBase = baseOf(word.charAt(0));
    const columns = word.length + 1;
    const maxDepth = word.length + Math.floor(maxDistance) + 1;
    // rows[depth] holds the costs of aligning the first `depth` letters of the path with each prefix of `word`.
    const rows: Float64Array[] = [];
    for (let depth = 0; depth <= maxDepth; depth++) rows.push(new Float64Array(columns));
    const firstRow = rows[0] as Float64Array;
    for (let column = 0; column < columns; column++) firstRow[column] = column;
    // Substitution costs per (alphabet symbol, word position), computed once.
    const substitution = new Float64Array(this.alphabet.length * columns);
    for (let symbol = 0; symbol < this.alphabet.length; symbol++) {
      const letter = this.alphabet.charAt(symbol);
      for (let column = 1; column < columns; column++) {
        const wordLetter = word.charAt(column - 1);
        substitution[symbol * columns + column] =
          wordLetter === letter ? 0 : (options.substitutionCost?.(wordLetter, letter) ?? 1);
      }
    }
    const wordSymbols = Array.from(word, (character) => this.symbolOf.get(character.charCodeAt(0)) ?? -1);
    const path: number[] = [];
    const found: NearWord[] = [];
    const visit = (node: number, depth: number): void => {
      const previousRow = rows[depth - 1] as Float64Array;
      const rowBefore = depth >= 2 ? rows[depth - 2] : undefined;
      const row = rows[depth] as Float64Array;
      const previousSymbol = path[depth - 2] ?? -1;
      for (let edge = node; edge < this.edges.length; edge++) {
        const value = this.edges[edge] ?? 0;
        const symbol = value & SYMBOL_MASK;
        if (depth === 1 && options.sameFirstLetter && baseOf(this.alphabet.charAt(symbol)) !== firstBase) {
          if (value & LAST_EDGE) break;
          continue;
        }
        path[depth - 1] = symbol;
        row[0] = depth;
        let best = depth;
        const offset = symbol * columns;
        for (let column = 1; column < columns; column++) {
          let cost = Math.min(
            (previousRow[column] ?? 0) + 1,
            (row[column - 1] ?? 0) + 1,
            (previousRow[column - 1] ?? 0) + (substitution[offset + column] ?? 1),
          );
          if (
            rowBefore !== undefined &&
            column > 1 &&
            wordSymbols[column - 1] === previousSymbol &&
            wordSymbols[column - 2] === symbol
          ) {
            cost = Math.min(cost, (rowBefore[column - 2] ?? 0) + 1);
          }
          row[column] = cost;
          if (cost < best) best = cost;
        }
        const distance = row[columns - 1] ?? 0;
        if (value & END_OF_WORD && distance <= maxDistance) {
          const text = path
            .slice(0, depth)
            .map((index) => this.alphabet.charAt(index))
            .join('');
          if (text !== word) found.push({ word: text, distance });
        }
        const target = value >>> TARGET_SHIFT;
        if (target !== 0 && best <= maxDistance && depth < maxDepth) visit(target, depth + 1);
        if (value & LAST_EDGE) break;
      }
    };
    visit(0, 1);
    // Stable: equal distances keep the graph's (alphabet) order.
    return found.sort((a, b) => a.distance - b.distance).slice(0, limit);
  }

  private findEdge(node: number, symbol: number): number {
    for (let edge = node; edge < this.edges.length; edge++) {
      const value = this.edges[edge] ?? 0;
      const edgeSymbol = value & SYMBOL_MASK;
      if (edgeSymbol === symbol) return edge;
      if (edgeSymbol > symbol || value & LAST_EDGE) return -1;
    }
    return -1;
  }
}

/** A letter without its accent, lower case: "Á" -> "a". */
function baseOf(letter: string): string {
  return letter.normalize('NFD').charAt(0).toLowerCase();
}

function damaged(actual: number, expected: number): Error {
  return new Error(`The compiled spelling dictionary is damaged (${actual} bytes where ${expected} were expected).`);
}

interface BuildNode {
  final: boolean;
  /** [symbol, child] pairs in increasing symbol order (words are added in sorted order). */
  children: [number, BuildNode][];
  /** Set once the node is in the register (minimized): its identity for the parents' keys. */
  id: number;
}

function newNode(): BuildNode {
  return { final: false, children: [], id: -1 };
}

/**
 * Daciuk, Mihov, Watson and Watson's incremental construction of a minimal acyclic automaton from
 * sorted words: after each word, the part of the previous word that the new one does not share is
 * final, so its nodes are replaced by equal nodes already registered, or registered themselves.
 */
function buildWordGraph(input: Iterable<string>): WordGraph {
  const words = [...new Set(input)].filter((word) => word !== '');
  const characters = [...new Set(words.join(''))].sort();
  if (characters.length > SYMBOL_MASK + 1) {
    throw new Error(`A word graph holds at most ${SYMBOL_MASK + 1} distinct characters, not ${characters.length}.`);
  }
  const alphabet = characters.join('');
  const symbolOf = new Map(characters.map((character, index) => [character, index]));
  const symbolsOf = (word: string): number[] => [...word].map((character) => symbolOf.get(character) ?? 0);
  // Sorted by symbols, which is what the incremental algorithm needs.
  const sorted = words.map(symbolsOf).sort((a, b) => {
    const length = Math.min(a.length, b.length);
    for (let index = 0; index < length; index++) {
      const difference = (a[index] ?? 0) - (b[index] ?? 0);
      if (difference !== 0) return difference;
    }
    return a.length - b.length;
  });

  const register = new Map<string, BuildNode>();
  let nextId = 0;
  const keyOf = (node: BuildNode): string =>
    `${node.final ? 1 : 0}${node.children.map(([symbol, child]) => `,${symbol}:${child.id}`).join('')}`;
  /** Replaces the last child chain below `node` by registered equivalents, deepest first. */
  const minimize = (node: BuildNode): void => {
    const last = node.children[node.children.length - 1];
    if (last === undefined) return;
    const child = last[1];
    if (child.id >= 0) return;
    minimize(child);
    const key = keyOf(child);
    const existing = register.get(key);
    if (existing) {
      last[1] = existing;
    } else {
      child.id = nextId++;
      register.set(key, child);
    }
  };

  const root = newNode();
  let previous: number[] = [];
  for (const symbols of sorted) {
    let common = 0;
    while (common < symbols.length && common < previous.length && symbols[common] === previous[common]) common++;
    // Walk to the end of the shared prefix; everything hanging off its last edge is complete now.
    let node = root;
    for (let index = 0; index < common; index++)
      node = (node.children[node.children.length - 1] as [number, BuildNode])[1];
    minimize(node);
    for (let index = common; index < symbols.length; index++) {
      const child = newNode();
      node.children.push([symbols[index] ?? 0, child]);
      node = child;
    }
    node.final = true;
    previous = symbols;
  }
  minimize(root);

  // Lay the nodes out: the root's edges first, then each registered node's run, once.
  const offsets = new Map<BuildNode, number>();
  const order: BuildNode[] = [root];
  let length = root.children.length;
  for (let index = 0; index < order.length; index++) {
    for (const [, child] of (order[index] as BuildNode).children) {
      if (child.children.length === 0 || offsets.has(child)) continue;
      offsets.set(child, length);
      length += child.children.length;
      order.push(child);
    }
  }
  if (length >= MAX_EDGES) throw new Error(`The word graph needs ${length} edges; the format holds ${MAX_EDGES - 1}.`);
  const edges = new Uint32Array(length);
  offsets.set(root, 0);
  for (const node of order) {
    const start = offsets.get(node) ?? 0;
    node.children.forEach(([symbol, child], index) => {
      const target = child.children.length === 0 ? 0 : (offsets.get(child) ?? 0);
      let value = symbol | (target << TARGET_SHIFT);
      if (child.final) value |= END_OF_WORD;
      if (index === node.children.length - 1) value |= LAST_EDGE;
      edges[start + index] = value >>> 0;
    });
  }
  return WordGraph.fromParts(alphabet, edges, words.length);
}
