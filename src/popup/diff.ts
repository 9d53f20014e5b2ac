/**
 * A word-level diff between a message and its rewrite, for the "Apply all safe fixes" preview.
 * Tokens are runs of word characters, runs of spaces, or single other characters, so a changed
 * quote or emoji shows as its own small change rather than a whole rewritten word.
 */

export interface DiffPart {
  kind: 'same' | 'insert' | 'delete';
  text: string;
}

const TOKEN = /[\p{L}\p{N}_]+|\s+|[\s\S]/gu;

function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Above this many LCS cells the middle is shown as one replacement (still correct, just coarser). */
const MAX_CELLS = 4_000_000;

function push(parts: DiffPart[], kind: DiffPart['kind'], text: string): void {
  if (text === '') return;
  const last = parts[parts.length - 1];
  if (last && last.kind === kind) last.text += text;
  else parts.push({ kind, text });
}

export function diffText(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < a.length - prefix &&
    suffix < b.length - prefix &&
    a[a.length - 1 - suffix] === b[b.length - 1 - suffix]
  ) {
    suffix++;
  }
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, prefix).join(''));
  const midA = a.slice(prefix, a.length - suffix);
  const midB = b.slice(prefix, b.length - suffix);
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'delete', midA.join(''));
    push(parts, 'insert', midB.join(''));
  } else {
    // Longest common subsequence table, walked forwards so deletions come before insertions.
    const rows = midA.length + 1;
    const cols = midB.length + 1;
    const table = new Uint32Array(rows * cols);
    for (let i = midA.length - 1; i >= 0; i--) {
      for (let j = midB.length - 1; j >= 0; j--) {
        table[i * cols + j] =
          midA[i] === midB[j]
            ? (table[(i + 1) * cols + j + 1] ?? 0) + 1
            : Math.max(table[(i + 1) * cols + j] ?? 0, table[i * cols + j + 1] ?? 0);
      }
    }
    let i = 0;
    let j = 0;
    while (i < midA.length || j < midB.length) {
      if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
        push(parts, 'same', midA[i] ?? '');
        i++;
        j++;
      } else if (
        j >= midB.length ||
        (i < midA.length && (table[(i + 1) * cols + j] ?? 0) >= (table[i * cols + j + 1] ?? 0))
      ) {
        push(parts, 'delete', midA[i] ?? '');
        i++;
      } else {
        push(parts, 'insert', midB[j] ?? '');
        j++;
      }
    }
  }
  push(parts, 'same', a.slice(a.length - suffix).join(''));
  return mergeSmallGaps(parts);
}

/**
 * "bit.ly" -> "hd.law" reads better as one replacement than as two with a kept "." between:
 * a single unchanged punctuation mark between changes joins them.
 */
function mergeSmallGaps(parts: DiffPart[]): DiffPart[] {
  const result: DiffPart[] = [];
  let deleted = '';
  let inserted = '';
  let pendingGap = '';
  const flushChange = () => {
    push(result, 'delete', deleted);
    push(result, 'insert', inserted);
    deleted = '';
    inserted = '';
  };
  for (const part of parts) {
    const changing = deleted !== '' || inserted !== '';
    if (part.kind === 'same') {
      if (pendingGap !== '') {
        flushChange();
        push(result, 'same', pendingGap);
        pendingGap = '';
      }
      if (changing && part.text.length === 1 && /[^\p{L}\p{N}\s]/u.test(part.text)) pendingGap = part.text;
      else {
        flushChange();
        push(result, 'same', part.text);
      }
      continue;
    }
    if (pendingGap !== '') {
      deleted += pendingGap;
      inserted += pendingGap;
      pendingGap = '';
    }
    if (part.kind === 'delete') deleted += part.text;
    else inserted += part.text;
  }
  flushChange();
  push(result, 'same', pendingGap);
  return result;
}
