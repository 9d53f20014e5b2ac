import allCaps from './rules/all-caps';
import emoji from './rules/emoji';
import firstMessageDisclosures from './rules/first-message-disclosures';
import forbiddenContent from './rules/forbidden-content';
import grammar from './rules/grammar';
import insecureLink from './rules/insecure-link';
import linkDomainNotFirm from './rules/link-domain-not-firm';
import messageLength from './rules/message-length';
import nonGsmCharacter from './rules/non-gsm-character';
import optOutInstructions from './rules/opt-out-instructions';
import phishingLanguage from './rules/phishing-language';
import phoneNumberNotFirm from './rules/phone-number-not-firm';
import promotionalContent from './rules/promotional-content';
import publicUrlShortener from './rules/public-url-shortener';
import repeatedPunctuation from './rules/repeated-punctuation';
import senderIdentification from './rules/sender-identification';
import sensitiveData from './rules/sensitive-data';
import spelling from './rules/spelling';
import suspiciousLink from './rules/suspicious-link';
import termsLink from './rules/terms-link';
import type { Rule } from './types';

/** Every rule, alphabetical by id. A test checks that each file in rules/ appears here. */
export const RULES: readonly Rule[] = [
  allCaps,
  emoji,
  firstMessageDisclosures,
  forbiddenContent,
  grammar,
  insecureLink,
  linkDomainNotFirm,
  messageLength,
  nonGsmCharacter,
  optOutInstructions,
  phishingLanguage,
  phoneNumberNotFirm,
  promotionalContent,
  publicUrlShortener,
  repeatedPunctuation,
  senderIdentification,
  sensitiveData,
  spelling,
  suspiciousLink,
  termsLink,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function ruleById(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
