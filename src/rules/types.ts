import type { ParsedMessage } from './message';
import type { FirmSettings } from './settings';

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';
export type SmsEncoding = 'GSM-7' | 'UCS-2';
export type Verdict = 'ready' | 'review' | 'blocked';

export const FORBIDDEN_CATEGORIES = [
  'high-risk-financial',
  'lead-generation',
  'debt-collection',
  'get-rich-quick',
  'illegal-substances',
  'prescription-drugs',
  'gambling',
  'sex',
  'hate',
  'alcohol',
  'firearms',
  'tobacco',
] as const;
export type ForbiddenCategory = (typeof FORBIDDEN_CATEGORIES)[number];

/** One replacement on the original text: UTF-16 offsets, end-exclusive. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

export interface Fix {
  label: string;
  edits: TextEdit[];
  /** True when the fix may be applied without review ("Fix all safe issues"). */
  safe: boolean;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's message templates produced `message`; stable, for tests and tooling. */
  messageId: string;
  severity: Severity;
  category?: ForbiddenCategory;
  start: number;
  end: number;
  message: string;
  fixes: Fix[];
  /** The language of the sentence the finding is in, when the rule judged it by language (spelling: which dictionary). */
  language?: 'en' | 'es';
  /**
   * Set when this finding stands for many of its kind (a report lists at most
   * FINDINGS_SHOWN_PER_KIND of one kind one by one; the rest are folded into one): how many,
   * itself included. Anything that scores findings counts it that many times.
   */
  standsFor?: number;
}

export interface Report {
  score: number;
  verdict: Verdict;
  findings: Finding[];
  encoding: SmsEncoding;
  segments: number;
  characters: number;
  /** The message's language, detected or pinned by the firm's settings. */
  language?: 'en' | 'es';
  /** For a template: the segments it likely needs once its merge fields are filled (see placeholderLength). */
  segmentsFilled?: number;
}

/**
 * A spelling dictionary the host has loaded (see src/rules/spelling). The rules library never
 * loads one itself: the extension builds it lazily in its background/offscreen document, the CLI
 * from node_modules. Without one the spelling rule reports nothing.
 */
export interface SpellingProvider {
  /** True when the word (one token, no spaces) is spelled correctly. Should be cached per word. */
  isCorrect(word: string): boolean;
}

export interface LintContext {
  /** The first message to a client (the invitation) must identify the firm, link the terms and carry STOP wording. */
  firstMessage?: boolean;
  /** Enables the spelling rule; without it, spelling reports nothing. */
  spellChecker?: SpellingProvider;
  /** Checks the Spanish sentences (dictionary-es); without it they are not spell-checked. */
  spanishSpellChecker?: SpellingProvider;
}

export type RuleCategory = 'links' | 'content' | 'formatting' | 'encoding' | 'compliance' | 'privacy';

export interface RuleExample {
  text: string;
  settings?: Partial<FirmSettings>;
  firstMessage?: boolean;
  /** For invalid examples with a safe fix: the text after all safe fixes are applied. */
  output?: string;
}

export interface RuleMeta {
  category: RuleCategory;
  defaultSeverity: Severity;
  /** One line, shown in the options page's rule table. */
  description: string;
  /** Why carriers care, shown beside findings in the popup and the card. */
  why: string;
  /** Message templates keyed by message id; `{name}` placeholders are filled from `data`. */
  messages: Record<string, string>;
  /** 'safe' when the rule offers a fix that may be applied unreviewed, 'suggestion' when only labelled suggestions. */
  fixable: 'safe' | 'suggestion' | 'none';
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

export interface ReportDescriptor {
  messageId: string;
  data?: Record<string, string | number>;
  start: number;
  end: number;
  /** Overrides meta.defaultSeverity for this finding (a firm's ruleSeverity still wins). */
  severity?: Severity;
  category?: ForbiddenCategory;
  fixes?: Fix[];
  /** See Finding.language. */
  language?: 'en' | 'es';
}

export interface RuleContext {
  readonly message: ParsedMessage;
  readonly settings: FirmSettings;
  readonly firstMessage: boolean;
  /** The host's spelling dictionary, when one is loaded (LintContext.spellChecker). */
  readonly spellChecker?: SpellingProvider;
  /** The host's Spanish dictionary, when one is loaded (LintContext.spanishSpellChecker). */
  readonly spanishSpellChecker?: SpellingProvider;
  report(descriptor: ReportDescriptor): void;
}

export interface Rule {
  id: string;
  meta: RuleMeta;
  check(context: RuleContext): void;
}
