import { forEachTidyDeletion } from '../text/deletions';
import { rememberLast, rememberRecent } from '../text/remember-last';
import type { Rule } from '../types';

// A long paste repeats one emoji: its label and message data are made once per run of the same
// emoji, not once per finding (the labels outlived the rule, held by the findings).
const deleteLabel = rememberLast((sequence: string) => `Delete ${sequence}`);
const emojiData = rememberLast((sequence: string): Record<string, string> => ({ emoji: sequence }));
/** The first string seen lately with the same emoji, so that the two above see the same string. */
const sharedEmoji = rememberRecent((sequence: string) => sequence);

const rule: Rule = {
  id: 'emoji',
  meta: {
    category: 'content',
    defaultSeverity: 'error',
    description: 'Flags emoji, including flags, keycaps, skin tones and joined sequences.',
    why: 'Twilio lists emoji among the content that gets business texts filtered, and one emoji switches the whole text to UCS-2, which fits 70 characters per segment instead of 160.',
    messages: {
      emoji:
        'Emoji {emoji} makes carriers more likely to filter the text as marketing, and it shrinks each segment from 160 to 70 characters. Delete it.',
    },
    fixable: 'safe',
    examples: {
      valid: [
        { text: 'Hi Maria, this is Hartwell & Diaz. Your hearing moved to 3/14 at 9am. Reply STOP to opt out.' },
        { text: 'Hartwell & Diaz: your filing fee is $350 (receipt #4471). Copyright © 2025.' },
      ],
      invalid: [
        {
          text: 'Great news 🎉 the judge approved your settlement. Call us at 555-201-3344.',
          output: 'Great news the judge approved your settlement. Call us at 555-201-3344.',
        },
        { text: 'Thanks Maria! See you at the courthouse 👍👍', output: 'Thanks Maria! See you at the courthouse.' },
      ],
    },
  },
  check(context) {
    const { emoji, text } = context.message;
    if (emoji.length === 0) return;
    // The last emoji's string, kept while the next one is the same: a string per emoji otherwise.
    let sequence = '';
    // Each emoji reported as its deletion is worked out: one edit per emoji, each dropped once
    // reported, in emoji order (one per range, in order).
    forEachTidyDeletion(text, emoji, { closeOpenSentence: true }, (edit, index) => {
      const start = emoji.starts[index] as number;
      const end = emoji.ends[index] as number;
      if (sequence.length !== end - start || !text.startsWith(sequence, start)) {
        sequence = sharedEmoji(text.slice(start, end));
      }
      context.report({
        messageId: 'emoji',
        data: emojiData(sequence),
        start,
        end,
        fixes: [{ label: deleteLabel(sequence), edits: [edit], safe: true }],
      });
    });
  },
};

export default rule;
