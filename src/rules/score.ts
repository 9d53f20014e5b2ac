import type { Finding, Severity, Verdict } from './types';

export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** The order of a report's findings: by position, the most severe first where they start together. */
export function compareFindings(a: Finding, b: Finding): number {
  return a.start - b.start || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.end - b.end;
}

/** What one finding of an ordinary rule costs. Errors also cap the score below 50. */
const SEVERITY_PENALTY: Record<Severity, number> = { error: 30, warning: 12, info: 3 };
const BLOCKED_CEILING = 49;

/**
 * How much each rule's findings weigh against the severity penalty, and why: the score weighs what
 * carriers weigh (Twilio's filtering guidance and forbidden categories, CTIA's principles). The
 * verdict still follows severity alone; the weights order messages within a verdict. A key
 * "rule/messageId" weighs one kind of a rule's findings apart from the rest.
 */
export const RULE_WEIGHTS: Readonly<Record<string, { weight: number; reason: string }>> = {
  'phishing-language': {
    weight: 2,
    reason: 'scam wording is what carrier filters hunt for first, and it can get the number blocked',
  },
  'phishing-language/scamCues': {
    weight: 4,
    reason:
      'several signs of a scam together (a lure with a demand, a channel, urgency or an amount) are what spam filters score; info because each sign alone is ordinary, weighed like a warning because together they are not',
  },
  'phishing-language/outsideChannel': {
    weight: 4,
    reason:
      "an unnamed sender telling the reader to act through a link, number or short code that is not the firm's, about no case, is the unsolicited text's shape (FTC: don't act on an unexpected text's own link or number; Twilio: say who you are, link to your own domain); info because a firm may pass on another office's number, weighed like a warning because filters weigh that shape",
  },
  'forbidden-content': { weight: 1.5, reason: 'a forbidden category is blocked outright, whoever sends it' },
  'public-url-shortener': { weight: 1.5, reason: 'shared shorteners are blocked because they hide where a link goes' },
  'suspicious-link': { weight: 1.5, reason: 'look-alike, brand-impersonating and disguised links are phishing signs' },
  'link-domain-not-firm': { weight: 1, reason: "links off the sender's domain are a common filtering signal" },
  'sender-identification': { weight: 1, reason: 'carriers expect every business text to name its sender' },
  'opt-out-instructions': { weight: 1, reason: 'missing or non-standard opt-out wording breaks carrier rules' },
  'first-message-disclosures': {
    weight: 0.5,
    reason: 'a missing disclosure fails campaign review more than it filters one text',
  },
  'terms-link': { weight: 1, reason: 'the invitation must show the terms the client agreed to' },
  'sensitive-data': {
    weight: 1,
    reason: 'confidential data in a text is a risk to the client, not a filtering signal',
  },
  'promotional-content': {
    weight: 1.5,
    reason:
      'marketing on a number registered for client notifications is filtered as a use-case mismatch (A2P 10DLC), and premium-rate prices and keyword sign-ups are what premium spam is made of',
  },
  'insecure-link': { weight: 0.5, reason: 'plain http looks careless but is rarely filtered by itself' },
  emoji: { weight: 1, reason: "Twilio's filtering guidance names emoji as a trigger; they also cost segments" },
  'all-caps': { weight: 1, reason: "Twilio's filtering guidance names needless capitals as a trigger" },
  'all-caps/replyKeyword': {
    weight: 4,
    reason:
      'a reply keyword in capitals ("reply BILL") is how a firm asks for a reply, and also how marketing sign-ups are written; info because the client must type it as written, weighed like a warning because filters count the capitals whatever they are for',
  },
  'repeated-punctuation': {
    weight: 0.5,
    reason:
      'Twilio\'s filtering guidance names needless special characters as a trigger, but "..." and "!!" are how people text, so they weigh less than capitals',
  },
  'phone-number-not-firm': { weight: 0.5, reason: 'another number may be legitimate (a court, a doctor)' },
  'phone-number-not-firm/shortCode': {
    weight: 4,
    reason:
      "texting a keyword to a short code that is not the firm's is how premium-rate and sweepstakes sign-ups work, and carriers filter texts that steer people there; info because the client may know the code, weighed like a warning because a firm's texts never need one",
  },
  'non-gsm-character': { weight: 0.3, reason: 'a character outside GSM-7 costs segments, not delivery' },
  'message-length': { weight: 0.3, reason: 'length costs money; only extreme length is filtered' },
  spelling: { weight: 0.25, reason: 'a typo or texting abbreviation is not spam; many of them are a weak signal' },
  grammar: { weight: 0.25, reason: 'grammar slips are a weak signal, like spelling' },
};

type Scored = Pick<Finding, 'severity' | 'ruleId' | 'standsFor'> & { messageId?: string };

/**
 * Rules that judge how a text is written rather than what it offers or where it sends the reader.
 * Together they are one signal, informal or careless writing, so their findings share one
 * diminishing series: a casual personal text piles up typos, capitals and "..." without being
 * spam, and carriers weigh content and links far more (Twilio's filtering guidance).
 */
export const PRESENTATION_RULES: ReadonlySet<string> = new Set([
  'all-caps',
  'emoji',
  'grammar',
  'message-length',
  'non-gsm-character',
  'repeated-punctuation',
  'spelling',
]);

/** The signal a finding belongs to: its rule, or the presentation rules' shared one. */
export function signalOf(ruleId: string): string {
  return PRESENTATION_RULES.has(ruleId) ? 'presentation' : ruleId;
}

/**
 * What a finding costs: its severity's penalty times its kind's weight, else its rule's (1 for
 * rules not listed).
 */
export function penaltyOf(finding: Scored): number {
  const kind = finding.messageId === undefined ? undefined : RULE_WEIGHTS[`${finding.ruleId}/${finding.messageId}`];
  return SEVERITY_PENALTY[finding.severity] * ((kind ?? RULE_WEIGHTS[finding.ruleId])?.weight ?? 1);
}

/**
 * penaltyOf for each kind of finding once, by rule, message id and severity: a pasted document can
 * hold hundreds of thousands of findings of a few kinds, and building the "rule/messageId" key for
 * each one cost more than the rule that found them.
 */
function penaltyLookup(): (finding: Scored) => number {
  const byKind = new Map<string, Map<string, Map<Severity, number>>>();
  return (finding) => {
    let byMessage = byKind.get(finding.ruleId);
    if (byMessage === undefined) {
      byMessage = new Map();
      byKind.set(finding.ruleId, byMessage);
    }
    const messageKey = finding.messageId ?? '';
    let bySeverity = byMessage.get(messageKey);
    if (bySeverity === undefined) {
      bySeverity = new Map();
      byMessage.set(messageKey, bySeverity);
    }
    let penalty = bySeverity.get(finding.severity);
    if (penalty === undefined) {
      penalty = penaltyOf(finding);
      bySeverity.set(finding.severity, penalty);
    }
    return penalty;
  };
}

/**
 * Repeated findings of one signal are one signal repeated: the k-th finding of a rule, or of the
 * presentation rules together (most costly first), counts 1/k of its penalty, so ten misspellings
 * weigh about three, not ten, and typos plus capitals plus "!!!" weigh less than their sum.
 */
export function scoreFindings(findings: readonly Scored[]): {
  score: number;
  verdict: Verdict;
} {
  const penaltyFor = penaltyLookup();
  // By signal: how many of its findings cost each penalty (a signal's findings have few distinct ones).
  const penaltyCountsBySignal = new Map<string, Map<number, number>>();
  let errors = 0;
  let warnings = 0;
  // Indexed: unoptimized (once per lint), for...of made an iterator result per finding.
  for (let index = 0; index < findings.length; index++) {
    const finding = findings[index] as Scored;
    const signal = signalOf(finding.ruleId);
    let counts = penaltyCountsBySignal.get(signal);
    if (counts === undefined) {
      counts = new Map();
      penaltyCountsBySignal.set(signal, counts);
    }
    const value = penaltyFor(finding);
    const many = finding.standsFor ?? 1;
    counts.set(value, (counts.get(value) ?? 0) + many);
    if (finding.severity === 'error') errors += many;
    else if (finding.severity === 'warning') warnings += many;
  }
  return scoreOfPenaltyCounts(penaltyCountsBySignal, errors, warnings);
}

/**
 * scoreFindings from its counts: by signal (in the order the signals first appear among the
 * findings, which fixes the order of the sum), how many findings cost each penalty. lint() counts
 * them as the rules report, without reading the findings again.
 */
export function scoreOfPenaltyCounts(
  penaltyCountsBySignal: ReadonlyMap<string, ReadonlyMap<number, number>>,
  errors: number,
  warnings: number,
): { score: number; verdict: Verdict } {
  let penalty = 0;
  for (const counts of penaltyCountsBySignal.values()) {
    // Most costly first: the k-th counts 1/k.
    let rank = 0;
    for (const value of [...counts.keys()].sort((a, b) => b - a)) {
      const count = counts.get(value) as number;
      for (let index = 0; index < count; index++) {
        rank++;
        penalty += value / rank;
      }
    }
  }
  let score = Math.max(0, Math.round(100 - penalty));
  if (errors > 0) score = Math.min(score, BLOCKED_CEILING);
  const verdict: Verdict = errors > 0 ? 'blocked' : warnings > 0 ? 'review' : 'ready';
  return { score, verdict };
}
