import { billedTextOf } from './billing';
import { countSegments } from './encoding';
import { detectLanguage } from './language';
import { type ParsedMessage, parseMessage } from './message';
import { filledTemplate, findPlaceholders } from './placeholders';
import { forgetRecentMessages } from './recent-cache';
import { RULES } from './registry';
import { compareFindings, scoreFindings } from './score';
import { type FirmSettings, withDefaults } from './settings';
import type { Finding, Fix, LintContext, Report, ReportDescriptor, Rule } from './types';

/**
 * A message template split at its `{key}` placeholders (even indexes: literal text, odd: keys), with
 * the last few texts it made. A pathological text can have hundreds of thousands of findings that
 * share one template and a few sets of data ("(" has no partner; “ and ” take turns): each then
 * reuses one string instead of allocating a copy of the message.
 */
interface CompiledTemplate {
  parts: string[];
  /** The values of the texts made lately, oldest overwritten first. */
  recentValues: string[][];
  recentTexts: string[];
  /** The slot the next new text takes. */
  nextSlot: number;
}

/** How many texts of one template are remembered: enough for data that alternates. */
const RECENT_TEXTS = 4;

/** By template: rule messages are a fixed set, so this never grows past them. */
const compiledTemplates = new Map<string, CompiledTemplate>();

function compileTemplate(template: string): CompiledTemplate {
  // split() with a capturing group keeps the keys at the odd indexes.
  return { parts: template.split(/\{(\w+)\}/), recentValues: [], recentTexts: [], nextSlot: 0 };
}

/** A template key's text: the data's value, or the key as written, braces included, when the data has none. */
function templateValue(key: string, data: Record<string, string | number>): string {
  return key in data ? String(data[key]) : `{${key}}`;
}

/** The remembered text made from these data, compared in place (no array of values per call). */
function recentText(compiled: CompiledTemplate, data: Record<string, string | number>): string | undefined {
  const { parts, recentValues } = compiled;
  for (let slot = 0; slot < recentValues.length; slot++) {
    const values = recentValues[slot] as string[];
    let same = true;
    for (let index = 1; same && index < parts.length; index += 2) {
      same = templateValue(parts[index] as string, data) === values[(index - 1) / 2];
    }
    if (same) return compiled.recentTexts[slot];
  }
  return undefined;
}

export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  let compiled = compiledTemplates.get(template);
  if (compiled === undefined) {
    compiled = compileTemplate(template);
    compiledTemplates.set(template, compiled);
  }
  const { parts } = compiled;
  if (parts.length === 1) return template;
  const remembered = recentText(compiled, data);
  if (remembered !== undefined) return remembered;
  const values: string[] = [];
  for (let index = 1; index < parts.length; index += 2) values.push(templateValue(parts[index] as string, data));
  let text = parts[0] as string;
  for (let index = 1; index < parts.length; index += 2) text += (values[(index - 1) / 2] as string) + parts[index + 1];
  compiled.recentValues[compiled.nextSlot] = values;
  compiled.recentTexts[compiled.nextSlot] = text;
  compiled.nextSlot = (compiled.nextSlot + 1) % RECENT_TEXTS;
  return text;
}

/**
 * The fixes of every finding that has none: one shared array (frozen, so no consumer can add to
 * every finding at once) instead of an empty one per finding; a text of 400,000 unmatched quotes
 * has 400,000 such findings, and each array outlived the rule and was copied by the collector.
 */
const NO_FIXES = Object.freeze([]) as unknown as Fix[];

/**
 * The finding a rule's report makes. Written out rather than spreading the optional parts in: a
 * spread per finding cost more than the rule's own scan on texts with hundreds of thousands of
 * findings. The key order is the one every consumer sees (and `--format json` prints).
 */
function findingOf(rule: Rule, descriptor: ReportDescriptor, severity: Finding['severity'], message: string): Finding {
  const { messageId, category, start, end } = descriptor;
  const fixes = descriptor.fixes ?? NO_FIXES;
  const finding: Finding = category
    ? { ruleId: rule.id, messageId, severity, category, start, end, message, fixes }
    : { ruleId: rule.id, messageId, severity, start, end, message, fixes };
  if (descriptor.language) finding.language = descriptor.language;
  return finding;
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
      findings.push(
        findingOf(
          rule,
          descriptor,
          configured ?? descriptor.severity ?? rule.meta.defaultSeverity,
          formatMessage(template, descriptor.data),
        ),
      );
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

/**
 * lint() on a message parsed already: incremental.ts parses again only the part of the text an edit
 * changed, and the rules and the report come from here, as lint()'s do.
 */
export function lintParsed(message: ParsedMessage, settings: Partial<FirmSettings>, context: LintContext): Report {
  try {
    return reportOf(message, settings, context);
  } finally {
    forgetRecentMessages();
  }
}

function lintMessage(text: string, settings: Partial<FirmSettings>, context: LintContext): Report {
  return reportOf(parseMessage(text), settings, context);
}

function reportOf(message: ParsedMessage, settings: Partial<FirmSettings>, context: LintContext): Report {
  const { text } = message;
  const fullSettings = withDefaults(settings);
  // Copied one by one into an array of the right size: push(...array) passes every element as an
  // argument, and a rule with 125,000 findings (375,000 characters of "!! ") overflowed the stack;
  // grown by push, the array was allocated about four times over. Indexed: unoptimized (once per
  // lint), for...of made an iterator result per finding.
  const byRule = RULES.map((rule) => runRule(rule, message, fullSettings, context));
  let total = 0;
  for (const ruleFindings of byRule) total += ruleFindings.length;
  const findings: Finding[] = new Array(total);
  let filled = 0;
  for (const ruleFindings of byRule) {
    for (let index = 0; index < ruleFindings.length; index++) findings[filled++] = ruleFindings[index] as Finding;
  }
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
