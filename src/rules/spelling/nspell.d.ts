// Minimal types for nspell 2 (MIT). @types/nspell pulls in Node's types, which the rules library
// must not see (src/rules/tsconfig.json), so only what we call is declared here.
declare module 'nspell' {
  export interface NSpell {
    correct(word: string): boolean;
    suggest(word: string): string[];
    add(word: string, model?: string): NSpell;
  }
  function nspell(aff: string, dic?: string): NSpell;
  export default nspell;
}
