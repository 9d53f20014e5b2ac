import type { Span } from './message';

/*
 * Merge fields of message templates: {{client.first_name}}, ${client.name}, {FirstName},
 * [Client Name] (capitalized words in brackets), %FIRSTNAME%, <<Matter.Number>>, Mailchimp's and
 * Mandrill's *|FNAME|*, and Salesforce's {!Contact.FirstName} (the platforms Litify and other
 * practice-management portals are built on). The portal fills
 * them in before sending, so the rules read them as opaque values: never links, words to spell,
 * capitals or decoration. Their length is unknown until filled in (see the length rule).
 */

const PLACEHOLDER =
  /\{\{[^{}\n]{1,80}\}\}|\{![A-Za-z_][\w.]{0,80}\}|\*\|[A-Za-z_][\w:.-]{0,40}\|\*|\$\{[^{}\n]{1,80}\}|<<[^<>\n]{1,80}>>|\{[A-Za-z_][\w. -]{0,60}\}|%[A-Za-z_][\w.]{0,40}%|\[[A-Z][\w.]*(?: [A-Z][\w.]*){0,5}\]/g;

/** The merge fields of a template, in order. */
export function findPlaceholders(text: string): Span[] {
  if (!/[{<%[*]/.test(text)) return [];
  const found: Span[] = [];
  PLACEHOLDER.lastIndex = 0;
  for (let match = PLACEHOLDER.exec(text); match; match = PLACEHOLDER.exec(text)) {
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return found;
}

/**
 * The text with each merge field replaced by the same number of "x": what link detection reads,
 * so "{{event.date}}" is no link while "https://firm.com/pay/{{invoice.id}}" stays one.
 */
export function maskPlaceholders(text: string, placeholders: readonly Span[]): string {
  if (placeholders.length === 0) return text;
  let masked = '';
  let cursor = 0;
  for (const placeholder of placeholders) {
    masked += text.slice(cursor, placeholder.start) + 'x'.repeat(placeholder.end - placeholder.start);
    cursor = placeholder.end;
  }
  return masked + text.slice(cursor);
}

/** The template with every merge field filled by `length` characters: the length it will likely have. */
export function filledTemplate(text: string, placeholders: readonly Span[], length: number): string {
  if (placeholders.length === 0) return text;
  let filled = '';
  let cursor = 0;
  for (const placeholder of placeholders) {
    filled += text.slice(cursor, placeholder.start) + 'x'.repeat(length);
    cursor = placeholder.end;
  }
  return filled + text.slice(cursor);
}
