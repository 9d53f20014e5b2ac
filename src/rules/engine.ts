import { billedTextOf } from './billing';
import { formatCount } from './count-format';
import { countSegments } from './encoding';
import { editCollides, editsOverlap, insertEditSorted } from './fixes';
import { detectLanguage } from './language';
import { grownInt32Array, type ParsedMessage, parseMessage } from './message';
import { filledTemplate, findPlaceholders } from './placeholders';
import { forgetRecentMessages } from './recent-cache';
import { RULES } from './registry';
import { penaltyOf, SEVERITY_ORDER, scoreOfPenaltyCounts, signalOf } from './score';
import { type FirmSettings, withDefaults } from './settings';
import type { Finding, Fix, LintContext, Report, ReportDescriptor, Rule, TextEdit, Verdict } from './types';

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

/** One kind of finding: a rule's message id at one severity, which is what its score depends on. */
interface FindingKind {
  ruleId: string;
  messageId: string;
  severity: Finding['severity'];
}

/**
 * A lint's findings in the order the rules reported them, with what the report's order and score
 * need of each kept beside it in typed arrays as it is reported: reading them back from hundreds of
 * thousands of findings (sorting, scoring) cost twice as much per finding at 400,000 characters as
 * at 40,000, the findings being long out of the processor's caches by then.
 */
class FindingList {
  findings: Finding[] = [];
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  /** Each finding's index in `kinds` (a few per rule: a rule's message ids at three severities at most). */
  kindIndexes = new Uint16Array(64);
  readonly kinds: FindingKind[] = [];
  /** How many findings of each kind the rules have reported, folded ones included. */
  readonly reportedOfKind: number[] = [];
  /** Each kind's folded findings (see FINDINGS_SHOWN_PER_KIND), once it has any. */
  readonly foldsOfKind: (FoldedFindings | undefined)[] = [];

  add(finding: Finding, kindIndex: number): void {
    const index = this.findings.length;
    if (index === this.starts.length) this.grow();
    this.findings.push(finding);
    this.starts[index] = finding.start;
    this.ends[index] = finding.end;
    this.kindIndexes[index] = kindIndex;
  }

  /** SEVERITY_ORDER of each kind's severity: findings that start together are told apart by it. */
  readonly kindRanks: number[] = [];

  /**
   * The index of a rule's kind of finding, added on first use. `ruleKinds` are the rule's kinds so
   * far, the last one used first: a rule reports one kind over and over.
   */
  kindOf(ruleKinds: number[], ruleId: string, messageId: string, severity: Finding['severity']): number {
    for (let position = 0; position < ruleKinds.length; position++) {
      const index = ruleKinds[position] as number;
      const kind = this.kinds[index] as FindingKind;
      if (kind.messageId !== messageId || kind.severity !== severity) continue;
      if (position > 0) {
        ruleKinds[position] = ruleKinds[0] as number;
        ruleKinds[0] = index;
      }
      return index;
    }
    const index = this.kinds.length;
    this.kinds.push({ ruleId, messageId, severity });
    this.kindRanks.push(SEVERITY_ORDER[severity]);
    this.reportedOfKind.push(0);
    this.foldsOfKind.push(undefined);
    ruleKinds.push(ruleKinds[0] ?? index);
    ruleKinds[0] = index;
    return index;
  }

  /** Whether finding a goes after finding b in a report (compareFindings(a, b) > 0). */
  after(a: number, b: number): boolean {
    const byStart = (this.starts[a] as number) - (this.starts[b] as number);
    if (byStart !== 0) return byStart > 0;
    const byRank =
      (this.kindRanks[this.kindIndexes[a] as number] as number) -
      (this.kindRanks[this.kindIndexes[b] as number] as number);
    if (byRank !== 0) return byRank > 0;
    return (this.ends[a] as number) > (this.ends[b] as number);
  }

  /** Empties the list for the next lint; arrays sized for a very long text are let go. */
  clear(): void {
    this.findings = [];
    this.kinds.length = 0;
    this.kindRanks.length = 0;
    this.reportedOfKind.length = 0;
    this.foldsOfKind.length = 0;
    if (this.starts.length > KEPT_CAPACITY) {
      this.starts = new Int32Array(64);
      this.ends = new Int32Array(64);
      this.kindIndexes = new Uint16Array(64);
    }
  }

  private grow(): void {
    const size = this.starts.length * 2;
    this.starts = grownInt32Array(this.starts, size);
    this.ends = grownInt32Array(this.ends, size);
    const kindIndexes = new Uint16Array(size);
    kindIndexes.set(this.kindIndexes);
    this.kindIndexes = kindIndexes;
  }
}

/**
 * How many findings of one kind (a rule's message id at one severity) a report lists one by one.
 * A pasted document can hold hundreds of thousands of one kind ("a a a ...", a run of emoji), each
 * five objects that outlive the lint and that the process must find fresh memory for; past this
 * many, the rest of that kind are one finding whose fixes hold all their edits. A kind has at most
 * about one finding per character, so a message of a few thousand characters never reaches it.
 */
export const FINDINGS_SHOWN_PER_KIND = 5_000;

/** The findings of one kind past FINDINGS_SHOWN_PER_KIND, as the one finding that stands for them. */
interface FoldedFindings {
  finding: Finding;
  /** The finding's index in the list. */
  index: number;
  count: number;
  start: number;
  end: number;
  /** The edits of each folded finding's first safe fix (sorted, none overlapping), how many gave them, the first one's label. */
  safe: FoldedFix;
  /** The same of the first fix of each folded finding that has no safe one. */
  suggested: FoldedFix;
}

interface FoldedFix {
  edits: TextEdit[];
  count: number;
  label: string;
  /** The deletion this fix made of deletions that touch (see addFoldedFix), which it may widen. */
  joined: TextEdit | undefined;
}

function foldedFix(): FoldedFix {
  return { edits: [], count: 0, label: '', joined: undefined };
}

/**
 * Adds a folded finding's fix to its kind's, as acceptedEdits would take it after the fixes before
 * it: whole, or not at all when one of its edits lies outside the text or overlaps an edit taken
 * already or another of its own (that finding then comes back on the next lint, as it would).
 */
function addFoldedFix(folded: FoldedFix, fix: Fix, textLength: number): void {
  const { edits } = fix;
  const taken = folded.edits;
  // Folded findings come mostly in position order: an edit from the end of the last one on can
  // neither overlap nor go before any taken (their ends are sorted), and goes last.
  const lastEnd = taken.length === 0 ? 0 : (taken[taken.length - 1] as TextEdit).end;
  let inOrder = true;
  for (let index = 0; index < edits.length; index++) {
    const edit = edits[index] as TextEdit;
    if (edit.start < 0 || edit.end < edit.start || edit.end > textLength) return;
    if (edit.start < lastEnd) {
      inOrder = false;
      if (editCollides(taken, edit)) return;
    }
    for (let other = 0; other < index; other++) if (editsOverlap(edit, edits[other] as TextEdit)) return;
  }
  const only = edits.length === 1 ? (edits[0] as TextEdit) : undefined;
  const last = taken[taken.length - 1];
  if (
    inOrder &&
    only !== undefined &&
    last !== undefined &&
    isDeletion(only) &&
    isDeletion(last) &&
    only.start === lastEnd
  ) {
    // A deletion that starts where the last one ends ("the the the", a run of emoji): one deletion
    // of both deletes the same, and one edit is kept instead of one per finding.
    if (folded.joined === last) last.end = only.end;
    else {
      folded.joined = { start: last.start, end: only.end, text: '' };
      taken[taken.length - 1] = folded.joined;
    }
  } else if (inOrder && only !== undefined) taken.push(only);
  else for (let index = 0; index < edits.length; index++) insertEditSorted(taken, edits[index] as TextEdit);
  if (folded.count === 0) folded.label = fix.label;
  folded.count++;
}

function isDeletion(edit: TextEdit): boolean {
  return edit.text === '' && edit.start < edit.end;
}

/**
 * A finding past its kind's FINDINGS_SHOWN_PER_KIND: the first becomes the kind's folded finding
 * (the list's entry for all of them), the rest only widen it and add their fix to its fixes.
 */
function foldFinding(
  list: FindingList,
  kindIndex: number,
  rule: Rule,
  descriptor: ReportDescriptor,
  severity: Finding['severity'],
  template: string,
  textLength: number,
): void {
  let folded = list.foldsOfKind[kindIndex];
  if (folded === undefined) {
    const finding = findingOf(rule, descriptor, severity, formatMessage(template, descriptor.data));
    folded = {
      finding,
      index: list.findings.length,
      count: 0,
      start: descriptor.start,
      end: descriptor.end,
      safe: foldedFix(),
      suggested: foldedFix(),
    };
    list.foldsOfKind[kindIndex] = folded;
    list.add(finding, kindIndex);
  }
  folded.count++;
  if (descriptor.start < folded.start) folded.start = descriptor.start;
  if (descriptor.end > folded.end) folded.end = descriptor.end;
  const fixes = descriptor.fixes;
  if (fixes === undefined || fixes.length === 0) return;
  for (let index = 0; index < fixes.length; index++) {
    const fix = fixes[index] as Fix;
    if (fix.safe) {
      addFoldedFix(folded.safe, fix, textLength);
      return;
    }
  }
  addFoldedFix(folded.suggested, fixes[0] as Fix, textLength);
}

/** The folded finding of a kind made final: its range, its message with the count, its fixes. */
function finishFolded(list: FindingList, folded: FoldedFindings): void {
  const { finding, safe, suggested } = folded;
  finding.start = folded.start;
  finding.end = folded.end;
  list.starts[folded.index] = folded.start;
  list.ends[folded.index] = folded.end;
  finding.message = `${finding.message} ${foldedNote(folded.count)}`;
  finding.standsFor = folded.count;
  const fixes: Fix[] = [];
  if (safe.count > 0) fixes.push({ label: foldedLabel(safe), edits: safe.edits, safe: true });
  if (suggested.count > 0) fixes.push({ label: foldedLabel(suggested), edits: suggested.edits, safe: false });
  finding.fixes = fixes.length > 0 ? fixes : NO_FIXES;
}

function foldedNote(count: number): string {
  return `(This finding stands for ${formatCount(count)} like it from here on: a report lists at most ${formatCount(FINDINGS_SHOWN_PER_KIND)} of one kind one by one.)`;
}

function foldedLabel(fix: FoldedFix): string {
  return fix.count === 1 ? fix.label : `${fix.label} (all ${formatCount(fix.count)})`;
}

/** Findings a kept list has room for without letting its arrays go. */
const KEPT_CAPACITY = 1 << 14;

/**
 * The list lint() fills, kept from one lint to the next (while no lint is using it): a new list
 * each time was a new hidden class each time once the collector had dropped the last one's, and
 * the code that reads it was optimized again after every collection.
 */
let spareList: FindingList | undefined = new FindingList();

/** Runs a rule on a parsed message into `list`, with the firm's severity for it applied. */
function collectRule(
  rule: Rule,
  message: ParsedMessage,
  settings: FirmSettings,
  context: LintContext,
  list: FindingList,
  shownPerKind: number,
): void {
  const configured = settings.ruleSeverity[rule.id];
  if (configured === 'off') return;
  // This rule's kinds of finding (few), the last one reported first.
  const ruleKinds: number[] = [];
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
      const severity = configured ?? descriptor.severity ?? rule.meta.defaultSeverity;
      const kindIndex = list.kindOf(ruleKinds, rule.id, descriptor.messageId, severity);
      const reported = (list.reportedOfKind[kindIndex] as number) + 1;
      list.reportedOfKind[kindIndex] = reported;
      if (reported > shownPerKind) {
        foldFinding(list, kindIndex, rule, descriptor, severity, template, message.text.length);
        return;
      }
      list.add(findingOf(rule, descriptor, severity, formatMessage(template, descriptor.data)), kindIndex);
    },
  });
  for (let index = 0; index < ruleKinds.length; index++) {
    const folded = list.foldsOfKind[ruleKinds[index] as number];
    if (folded !== undefined) finishFolded(list, folded);
  }
}

/** One rule's findings on a parsed message, with the firm's severity for it applied. */
export function runRule(rule: Rule, message: ParsedMessage, settings: FirmSettings, context: LintContext): Finding[] {
  const list = new FindingList();
  collectRule(rule, message, settings, context, list, Number.POSITIVE_INFINITY);
  return list.findings;
}

/**
 * The order of a list's findings as a stable sort of them with compareFindings would give (by
 * start, the most severe first, then by end; as reported on a tie), as indexes into the list. A
 * merge sort of the runs already in order, on the typed arrays: each rule reports mostly in order,
 * so this is a few merges.
 */
function reportOrder(list: FindingList): Int32Array {
  const count = list.findings.length;
  let order = new Int32Array(count);
  for (let index = 0; index < count; index++) order[index] = index;
  // Where each run in order starts, and the end.
  let bounds: number[] = [0];
  for (let index = 1; index < count; index++) if (list.after(index - 1, index)) bounds.push(index);
  bounds.push(count);
  let merged = new Int32Array(count);
  while (bounds.length > 2) {
    const next: number[] = [0];
    for (let run = 0; run + 1 < bounds.length; run += 2) {
      const low = bounds[run] as number;
      const middle = bounds[run + 1] as number;
      const high = run + 2 < bounds.length ? (bounds[run + 2] as number) : middle;
      let left = low;
      let right = middle;
      let out = low;
      // Stable: on a tie the left run's (the earlier reported) goes first.
      while (left < middle && right < high) {
        merged[out++] = list.after(order[left] as number, order[right] as number)
          ? (order[right++] as number)
          : (order[left++] as number);
      }
      while (left < middle) merged[out++] = order[left++] as number;
      while (right < high) merged[out++] = order[right++] as number;
      next.push(high);
    }
    const sorted = merged;
    merged = order;
    order = sorted;
    bounds = next;
  }
  return order;
}

/**
 * scoreFindings of the list's findings, from its kinds' counts: by signal, in the order the
 * signals first appear in the report (the order scoreFindings sums them in).
 */
function scoreOfList(list: FindingList, order: Int32Array): { score: number; verdict: Verdict } {
  const { kinds, kindIndexes } = list;
  const kindCounts = new Float64Array(kinds.length);
  for (let index = 0; index < order.length; index++) {
    const kind = kindIndexes[index] as number;
    kindCounts[kind] = (kindCounts[kind] as number) + 1;
  }
  // A folded finding counts as the findings it stands for.
  for (let kind = 0; kind < kinds.length; kind++) {
    const folded = list.foldsOfKind[kind];
    if (folded !== undefined) kindCounts[kind] = (kindCounts[kind] as number) + folded.count - 1;
  }
  const signals = new Set<string>();
  for (let kind = 0; kind < kinds.length; kind++) {
    if (kindCounts[kind] as number) signals.add(signalOf((kinds[kind] as FindingKind).ruleId));
  }
  const penaltyCountsBySignal = new Map<string, Map<number, number>>();
  for (let index = 0; index < order.length && penaltyCountsBySignal.size < signals.size; index++) {
    const signal = signalOf((kinds[kindIndexes[order[index] as number] as number] as FindingKind).ruleId);
    if (!penaltyCountsBySignal.has(signal)) penaltyCountsBySignal.set(signal, new Map());
  }
  let errors = 0;
  let warnings = 0;
  for (let index = 0; index < kinds.length; index++) {
    const count = kindCounts[index] as number;
    if (count === 0) continue;
    const kind = kinds[index] as FindingKind;
    const counts = penaltyCountsBySignal.get(signalOf(kind.ruleId)) as Map<number, number>;
    const value = penaltyOf(kind);
    counts.set(value, (counts.get(value) ?? 0) + count);
    if (kind.severity === 'error') errors += count;
    else if (kind.severity === 'warning') warnings += count;
  }
  return scoreOfPenaltyCounts(penaltyCountsBySignal, errors, warnings);
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

/** Every rule's findings on a message in report order, with their score. */
function scoredFindings(
  message: ParsedMessage,
  settings: FirmSettings,
  context: LintContext,
): { findings: Finding[]; score: number; verdict: Verdict } {
  // A rule that linted another text from inside a lint would find the spare list taken.
  const list = spareList ?? new FindingList();
  spareList = undefined;
  try {
    for (const rule of RULES) collectRule(rule, message, settings, context, list, FINDINGS_SHOWN_PER_KIND);
    // Placed by their order into an array of the right size (grown by push it was allocated about
    // four times over); nothing is read from the findings themselves.
    const order = reportOrder(list);
    const findings: Finding[] = new Array(order.length);
    for (let index = 0; index < order.length; index++)
      findings[index] = list.findings[order[index] as number] as Finding;
    return { findings, ...scoreOfList(list, order) };
  } finally {
    list.clear();
    spareList = list;
  }
}

function reportOf(message: ParsedMessage, settings: Partial<FirmSettings>, context: LintContext): Report {
  const { text } = message;
  const fullSettings = withDefaults(settings);
  const { findings, score, verdict } = scoredFindings(message, fullSettings, context);
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
