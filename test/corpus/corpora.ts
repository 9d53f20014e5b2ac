import { readFileSync } from 'node:fs';
import type { FirmSettings } from '../../src/rules';

/*
 * The measuring corpora and how they are split. Every corpus is cut into a fixed dev half (rules
 * are tuned against it) and test half (figures are reported on it) by a hash of each message's id,
 * so the split never depends on file order and never moves when messages are added.
 */

export type Half = 'dev' | 'test';

/** FNV-1a, 32-bit: small, stable across platforms, and good enough to spread ids evenly. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function halfOf(id: string): Half {
  return fnv1a(id) % 2 === 0 ? 'dev' : 'test';
}

export interface LawFirmMessage {
  id: string;
  area: string;
  text: string;
  /** 'error': no error finding from any rule; a rule id: no finding at all from that rule. */
  mustNot: string;
  firstMessage?: boolean;
}

export interface ScamMessage {
  id: string;
  family: string;
  text: string;
  /** The rule that must flag it (any severity). */
  rule: string;
  source: string;
}

export interface UciMessage {
  id: string;
  label: 'ham' | 'spam';
  text: string;
}

function readJsonLines<T>(relativePath: string): T[] {
  return readFileSync(new URL(relativePath, import.meta.url), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const loadLawFirmMessages = (): LawFirmMessage[] => readJsonLines('./law-firm.jsonl');
export const loadScamMessages = (): ScamMessage[] => readJsonLines('./scams.jsonl');
export const loadUciMessages = (): UciMessage[] => readJsonLines('../data/sms_spam.jsonl');
export interface LanguageMessage {
  id: string;
  lang: 'en' | 'es';
  text: string;
  mixed?: boolean;
}

/** A message of the Spanish or merge-field corpora: what it must get and must not get. */
export interface ExpectationMessage {
  id: string;
  text: string;
  correct: boolean;
  firstMessage?: boolean;
  /** Rule ids, or "error" for any error finding. */
  mustNot?: string[];
  mustGet?: string[];
}

export const loadSpanishMessages = (): ExpectationMessage[] => readJsonLines('./spanish.jsonl');
export const loadMergeFieldMessages = (): ExpectationMessage[] => readJsonLines('./merge-fields.jsonl');

export const loadLanguageMessages = (): LanguageMessage[] => readJsonLines('./language.jsonl');
/** Written after the rules were tuned, independently of them: reported whole, never tuned on. */
export const loadHoldoutLawFirmMessages = (): LawFirmMessage[] => readJsonLines('./holdout-law-firm.jsonl');
export const loadHoldoutScamMessages = (): ScamMessage[] => readJsonLines('./holdout-scams.jsonl');

/** A tuning batch: written apart from the rules by an author blind to them and to the other corpora. */
export interface TuningBatch {
  /** Its key in eval's JSON output. */
  key: string;
  title: string;
  /** The id prefix of its scam texts and of its law-firm texts ("ts" gives ts-0001...). */
  scamIdPrefix: string;
  lawFirmIdPrefix: string;
  scams: () => ScamMessage[];
  lawFirm: () => LawFirmMessage[];
  /** Firm texts in the Spanish corpus's form (what each must and must not get), when the batch has them. */
  expectations?: {
    name: string;
    messages: () => ExpectationMessage[];
    /** Their id prefix, when the batch has firm texts in both forms (else lawFirmIdPrefix). */
    idPrefix?: string;
  };
}

/**
 * Tuning corpora, for tuning only: never split into halves and never counted in the test-half
 * targets, so the test half stays unseen. Each batch was measured before it was tuned on.
 */
export const TUNING_BATCHES: readonly TuningBatch[] = [
  {
    key: 'tuning',
    title: 'Tuning corpora (dev only, never split)',
    scamIdPrefix: 'ts',
    lawFirmIdPrefix: 'tl',
    scams: () => readJsonLines('./tuning-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning-law-firm.jsonl'),
  },
  {
    key: 'tuning2',
    title: 'Second tuning batch (dev only, never split)',
    scamIdPrefix: 't2s',
    lawFirmIdPrefix: 't2l',
    scams: () => readJsonLines('./tuning2-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning2-law-firm.jsonl'),
  },
  {
    key: 'tuning3',
    title: 'Third tuning batch (dev only, never split)',
    scamIdPrefix: 't3s',
    lawFirmIdPrefix: 't3l',
    scams: () => readJsonLines('./tuning3-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning3-law-firm.jsonl'),
  },
  {
    key: 'tuning4',
    title: 'Fourth tuning batch (dev only, never split)',
    scamIdPrefix: 't4s',
    lawFirmIdPrefix: 't4l',
    scams: () => readJsonLines('./tuning4-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning4-law-firm.jsonl'),
  },
  {
    key: 'tuning5',
    title: 'Fifth tuning batch (dev only, never split)',
    scamIdPrefix: 't5s',
    lawFirmIdPrefix: 't5l',
    scams: () => readJsonLines('./tuning5-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning5-law-firm.jsonl'),
  },
  {
    key: 'tuning6',
    title: 'Sixth tuning batch, in Spanish (dev only, never split)',
    scamIdPrefix: 't6s',
    lawFirmIdPrefix: 't6e',
    scams: () => readJsonLines('./tuning6-scams.jsonl'),
    lawFirm: () => [],
    expectations: { name: 'spanish firm texts', messages: () => readJsonLines('./tuning6-spanish.jsonl') },
  },
  {
    key: 'tuning7',
    title: 'Seventh tuning batch, in Spanish (dev only, never split)',
    scamIdPrefix: 't7s',
    lawFirmIdPrefix: 't7e',
    scams: () => readJsonLines('./tuning7-scams.jsonl'),
    lawFirm: () => [],
    expectations: { name: 'spanish firm texts', messages: () => readJsonLines('./tuning7-spanish.jsonl') },
  },
  {
    key: 'tuning8',
    title: 'Eighth tuning batch, English and Spanish (dev only, never split)',
    scamIdPrefix: 't8s',
    lawFirmIdPrefix: 't8l',
    scams: () => readJsonLines('./tuning8-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning8-law-firm.jsonl'),
    expectations: {
      name: 'spanish firm texts',
      messages: () => readJsonLines('./tuning8-spanish.jsonl'),
      idPrefix: 't8e',
    },
  },
  {
    key: 'tuning9',
    title: 'Ninth tuning batch, English and Spanish (dev only, never split)',
    scamIdPrefix: 't9s',
    lawFirmIdPrefix: 't9l',
    scams: () => readJsonLines('./tuning9-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning9-law-firm.jsonl'),
    expectations: {
      name: 'spanish firm texts',
      messages: () => readJsonLines('./tuning9-spanish.jsonl'),
      idPrefix: 't9e',
    },
  },
  {
    key: 'tuning10',
    title: 'Tenth tuning batch, English and Spanish (dev only, never split)',
    scamIdPrefix: 't10s',
    lawFirmIdPrefix: 't10l',
    scams: () => readJsonLines('./tuning10-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning10-law-firm.jsonl'),
    expectations: {
      name: 'spanish firm texts',
      messages: () => readJsonLines('./tuning10-spanish.jsonl'),
      idPrefix: 't10e',
    },
  },
  {
    key: 'tuning11',
    title: 'Eleventh tuning batch, English and Spanish (dev only, never split)',
    scamIdPrefix: 't11s',
    lawFirmIdPrefix: 't11l',
    scams: () => readJsonLines('./tuning11-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning11-law-firm.jsonl'),
    expectations: {
      name: 'spanish firm texts',
      messages: () => readJsonLines('./tuning11-spanish.jsonl'),
      idPrefix: 't11e',
    },
  },
  {
    key: 'tuning12',
    title: 'Twelfth tuning batch, English and Spanish (dev only, never split)',
    scamIdPrefix: 't12s',
    lawFirmIdPrefix: 't12l',
    scams: () => readJsonLines('./tuning12-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning12-law-firm.jsonl'),
    expectations: {
      name: 'spanish firm texts',
      messages: () => readJsonLines('./tuning12-spanish.jsonl'),
      idPrefix: 't12e',
    },
  },
  {
    key: 'tuning13',
    title: 'Thirteenth tuning batch, English and Spanish (dev only, never split)',
    scamIdPrefix: 't13s',
    lawFirmIdPrefix: 't13l',
    scams: () => readJsonLines('./tuning13-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning13-law-firm.jsonl'),
    expectations: {
      name: 'spanish firm texts',
      messages: () => readJsonLines('./tuning13-spanish.jsonl'),
      idPrefix: 't13e',
    },
  },
  {
    key: 'tuning14',
    title: 'Fourteenth tuning batch, English and Spanish (dev only, never split)',
    scamIdPrefix: 't14s',
    lawFirmIdPrefix: 't14l',
    scams: () => readJsonLines('./tuning14-scams.jsonl'),
    lawFirm: () => readJsonLines('./tuning14-law-firm.jsonl'),
    expectations: {
      name: 'spanish firm texts',
      messages: () => readJsonLines('./tuning14-spanish.jsonl'),
      idPrefix: 't14e',
    },
  },
];

/** The firm every corpus is checked as: the README's example firm. */
export const EVAL_FIRM: Partial<FirmSettings> = {
  firmName: 'Hartwell & Diaz',
  firmDomains: ['hartwelldiaz.com'],
  firmPhoneNumbers: ['(512) 555-0147'],
  termsUrl: 'https://hartwelldiaz.com/sms-terms',
};

/** ROC AUC by the Mann-Whitney statistic: the chance a random positive outranks a random negative (ties count half). */
export function rocAuc(positives: readonly number[], negatives: readonly number[]): number {
  const all = [
    ...positives.map((value) => ({ value, positive: true })),
    ...negatives.map((value) => ({ value, positive: false })),
  ].sort((a, b) => a.value - b.value);
  let rankSum = 0;
  let index = 0;
  while (index < all.length) {
    let end = index;
    while (end + 1 < all.length && all[end + 1]?.value === all[index]?.value) end++;
    const averageRank = (index + end + 2) / 2;
    for (let tied = index; tied <= end; tied++) if (all[tied]?.positive) rankSum += averageRank;
    index = end + 1;
  }
  const count = positives.length;
  return (rankSum - (count * (count + 1)) / 2) / (count * negatives.length);
}
