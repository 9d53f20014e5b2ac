/**
 * The rules library for the content script's isolated world (see InPageLinter in
 * shared/lint-protocol.ts). Built as a few parts (scripts/vite-in-page-linter-plugin.ts) that the
 * content script imports one at a time by their extension URLs the first time a field is focused
 * (in-page-linter-loader.ts), so pages without a focused field never load it, the content script
 * itself stays small, and no single task compiles and runs the whole library.
 */
import { checkRule, createIncrementalLinter, findLinks, lazyBuildSteps, parseMessage, RULES } from '../rules';
import { IN_PAGE_LINTER_KEY, type InPageLinter } from '../shared/lint-protocol';
import { allRuleDocs } from '../shared/rule-docs';

/** Touches every rule and pattern: a link, a shortener, an address, a phone number, emoji, smart quotes, caps. */
const WARM_UP_MESSAGE =
  'Hartwell & Diaz: see https://bit.ly/x or www.example.law, write to a@example.com or call (555) 010-0199. ' +
  'FREE cash 😀 for the café’s clients. Reply STOP to opt out.';

/**
 * Keystrokes come one edit at a time: it parses again only what the edit touched (its answers are
 * lint()'s, see rules/incremental.ts). One for the page: another field's text is just a bigger edit.
 */
const incremental = createIncrementalLinter();

const linter: InPageLinter = {
  lint: (text, settings, firstMessage) => incremental.lint(text, settings, { firstMessage }),
  ruleDocs: allRuleDocs(),
  // What the rules build on first use (the link detector, the segmenter, the phrase lists...),
  // one per step; then the message parser's patterns (emoji, then links and their domains, then
  // the rest); then each rule's first run, in which the browser compiles its code and patterns;
  // last the whole lint once and once more after an edit. Most steps take a few milliseconds;
  // none of them is a long task unless the machine is busy.
  warmUp: [
    ...lazyBuildSteps(),
    () => parseMessage('😀'),
    () => findLinks(WARM_UP_MESSAGE),
    () => parseMessage(WARM_UP_MESSAGE),
    ...RULES.map((rule) => () => checkRule(rule, WARM_UP_MESSAGE, {}, { firstMessage: true })),
    () => incremental.lint(WARM_UP_MESSAGE, {}, { firstMessage: true }),
    // Then one edit, the path every later keystroke takes.
    () => incremental.lint(`${WARM_UP_MESSAGE}😀`, {}, { firstMessage: true }),
  ],
};

(globalThis as typeof globalThis & { [IN_PAGE_LINTER_KEY]?: InPageLinter })[IN_PAGE_LINTER_KEY] = linter;
