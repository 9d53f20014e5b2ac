import { describe, expect, it } from 'vitest';
import { parseMessage } from './message';
import { lastSentenceRange } from './required-text';

describe('lastSentenceRange', () => {
  it.each([
    ['Your hearing is Monday. Call us with questions.', 'Call us with questions.'],
    ['One sentence only', 'One sentence only'],
    ['See Dr. Lee at 9am. Bring your ID!  ', 'Bring your ID!'],
    ['Dr. Lee will call you.', 'Dr. Lee will call you.'],
    ['She said "sign today." Then reply.', 'Then reply.'],
    ['Hi Maria,\nyour hearing moved', 'your hearing moved'],
    ['Questions? Call us', 'Call us'],
  ])('in %j is %j', (text, expected) => {
    const range = lastSentenceRange(text, parseMessage(text).words);
    expect(range && text.slice(range.start, range.end)).toBe(expected);
  });

  it('is null for a blank text', () => {
    expect(lastSentenceRange('  \n ', parseMessage('  \n ').words)).toBeNull();
  });
});
