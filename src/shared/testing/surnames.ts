/** `count` different made-up surnames of 6 to 13 letters (11.4 on average), in a fixed order: a firm's words. */
export function surnames(count: number): string[] {
  const syllables = ['ka', 'lo', 'mer', 'vin', 'do', 'sha', 'tri', 'bel', 'nor', 'qua', 'zen', 'rud', 'fel', 'gor'];
  return Array.from({ length: count }, (_, index) => {
    let rest = index;
    let word = '';
    for (let part = 0; part < 4; part++) {
      word += syllables[rest % syllables.length];
      rest = Math.floor(rest / syllables.length);
    }
    return `${word[0]?.toUpperCase()}${word.slice(1)}${index % 10}`;
  });
}
