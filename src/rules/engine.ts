import { billedTextOf } from './billing';
import { countSegments } from './encoding';
import { detectLanguage } from './language';
import { type ParsedMessage, parseMessage } from './message';
import { filledTemplate, findPlaceholders } from './placeholders';
import { forgetRecentMessages } from './recent-cache';
import { RULES } from './registry';
import { compareFindings, scoreFindings } from './score';
import { type FirmSettings, withDefaults } from './settings';
import type { Finding, LintContext, Report, ReportDescriptor, Rule } from './types';

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** One rule's findings on a parsed message, with the firm's severity for it applied. */
export function runRule(rule: Rule, message: ParsedMessage, settings: FirmSettings, context: LintContext): Finding[] {
  const configured = settings.ruleSeverity[rule.id];
  if (configured === 'off') return [];
  const findings: Finding[] = [];
  rule.check({
    message,
    settings,
    firstMessage: context.firstMessage === true,
    ...(context.spellChecker ? { spellChecker: context.spellChecker } : {}),
    ...(context.spanishSpellChecker ? { spanishSpellChecker: context.spanishSpellChecker } : {}),
    report(descriptor: ReportDescriptor) {
      const template = rule.meta.messages[descriptor.messageId];
      if (template === undefined) {
        throw new Error(`Rule ${rule.id} reported unknown message id "${descriptor.messageId}"`);
      }
      findings.push({
        ruleId: rule.id,
        messageId: descriptor.messageId,
        severity: configured ?? descriptor.severity ?? rule.meta.defaultSeverity,
        ...(descriptor.category ? { category: descriptor.category } : {}),
        start: descriptor.start,
        end: descriptor.end,
        message: formatMessage(template, descriptor.data),
        fixes: descriptor.fixes ?? [],
        ...(descriptor.language ? { language: descriptor.language } : {}),
      });
    },
  });
  return findings;
}

/** Runs one rule alone (for rule tests and tooling). */
export function checkRule(
  rule: Rule,
  text: string,
  settings: Partial<FirmSettings> = {},
  context: LintContext = {},
): Finding[] {
  return runRule(rule, parseMessage(text), withDefaults(settings), context);
}

export function lint(text: string, settings: Partial<FirmSettings> = {}, context: LintContext = {}): Report {
  try {
    return lintMessage(text, settings, context);
  } finally {
    forgetRecentMessages();
  }
}

function lintMessage(text: string, settings: Partial<FirmSettings>, context: LintContext): Report {
  const fullSettings = withDefaults(settings);
  const message = parseMessage(text);
  const findings: Finding[] = [];
  // One push per finding: push(...array) passes every element as an argument, and a rule with
  // 125,000 findings (375,000 characters of "!! ") overflows the stack.
  for (const rule of RULES) for (const finding of runRule(rule, message, fullSettings, context)) findings.push(finding);
  findings.sort(compareFindings);
  const { score, verdict } = scoreFindings(findings);
  const billed = billedTextOf(message, fullSettings);
  const report: Report = {
    score,
    verdict,
    findings,
    encoding: billed.encoding.encoding,
    segments: billed.encoding.segments,
    characters: billed.encoding.characters,
    language: detectLanguage(text, message.words, fullSettings.language).language,
  };
  if (message.placeholders.length > 0) {
    const filled = filledTemplate(billed.text, findPlaceholders(billed.text), fullSettings.placeholderLength);
    report.segmentsFilled = countSegments(filled).segments;
  }
  return report;
}
