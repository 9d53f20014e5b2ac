/**
 * The content script's last check before a fix enters a message (see link-safety.ts for the whole
 * picture): no fix may add a link with a script or local scheme. Kept free of imports, so the
 * content script carries a few hundred bytes for it rather than the link detector.
 */

/**
 * Schemes that run code or carry a whole page or a local file in the link itself. URL parsers drop
 * tabs and line breaks inside a scheme ("java\nscript:"), so those are removed before looking.
 */
const UNSAFE_SCHEME = /(?<![a-z0-9+.-])(?:javascript|vbscript|livescript|data|file|blob|filesystem):/g;

function unsafeSchemeCount(text: string): number {
  return (
    text
      .replace(/[\t\n\r]/g, '')
      .toLowerCase()
      .match(UNSAFE_SCHEME)?.length ?? 0
  );
}

/**
 * True when replacing `before` by `after` adds a link with a script or local scheme (javascript:,
 * data:, file:...), which no fix of ours ever does: the content script refuses such a fix, whatever
 * sent it. Text that was already there (the same scheme in the replaced range) does not count, so
 * "DATA:" put in lower case is still fine.
 */
export function addsUnsafeLink(before: string, after: string): boolean {
  return unsafeSchemeCount(after) > unsafeSchemeCount(before);
}
