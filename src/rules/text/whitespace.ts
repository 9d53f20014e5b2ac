/**
 * True for the code units `\s` matches. Asked by code rather than with /\s/.test(text.charAt(i)):
 * charAt makes a new string for every character outside Latin-1, and the scans that ask this walk
 * whole tokens, which in a long paste without spaces is the whole text.
 */
export function isWhitespaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
