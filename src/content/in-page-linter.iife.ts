/**
 * The rules library for the content script's isolated world (see InPageLinter in
 * shared/lint-protocol.ts). Built by crxjs as one standalone file; lint-client.ts imports it by its
 * extension URL the first time a field is focused, so pages without a focused field never load it
 * and the content script itself stays small.
 */
import { checkRule, findLinks, lazyBuildSteps, lint, parseMessage, RULES } from '../rules';
import { IN_PAGE_LINTER_KEY, type InPageLinter } from '../shared/lint-protocol';
import { allRuleDocs } from '../shared/rule-docs';

/** Touches every rule and pattern: a link, a shortener, an address, a phone number, emoji, smart quotes, caps. */
const WARM_UP_MESSAGE =
  'Hartwell & Diaz: see https://bit.ly/x or www.example.law, write to a@example.com or call (555) 010-0199. ' +
  'FREE cash 😀 for the café’s clients. Reply STOP to opt out.';

/**
 * What a firm writes, about the length of a long text message: the rules' common paths (words,
 * phrases, links, numbers, sentences) run over it as over a client message.
 */
const EXERCISE_MESSAGE = [
  'Hi Maria, this is Hartwell & Diaz about your case 4471.',
  'Your hearing before Judge Alvarez moved to 3/14 at 9am in Department 12.',
  'Please upload your pay stubs and the lease at https://portal.example.law/docs/4471 before Friday.',
  'The court posted the tentative ruling at https://www.courts.ca.gov/tentative/4471.html this morning.',
  "If anything in the declaration looks wrong, call us at (555) 010-0199 and ask for Ms. Diaz. Don't sign anything yet.",
  'The settlement conference is set for 4/2; we will call you the day before to prepare.',
  'Bring a photo ID and any letters from your landlord to the mediation session.',
  'We filed the response to the motion on 3/9; opposing counsel has ten days to reply.',
  'Your next payment plan installment is due on the 15th; the invoice is in the portal.',
  'Hola María, su audiencia es el lunes a las 9 en el tribunal. Traiga su pasaporte y el citatorio.',
].join(' ');

const linter: InPageLinter = {
  lint: (text, settings, firstMessage) => lint(text, settings, { firstMessage }),
  // Odd rounds end in an emoji, as typing one does: the non-GSM paths get compiled too.
  exercise: (settings, round) => {
    lint(`${EXERCISE_MESSAGE} Reply STOP to opt out ${round}${round % 2 === 1 ? ' 😀' : '.'}`, settings, {
      firstMessage: round % 4 === 0,
    });
  },
  ruleDocs: allRuleDocs(),
  // What the rules build on first use (the link detector, the segmenter, the phrase lists...),
  // one per step; then the message parser's patterns (emoji, then links and their domains, then
  // the rest); then each rule's first run, in which the browser compiles its code and patterns;
  // last the whole lint once. Most steps take a few milliseconds; none of them is a long task
  // unless the machine is busy.
  warmUp: [
    ...lazyBuildSteps(),
    () => parseMessage('😀'),
    () => findLinks(WARM_UP_MESSAGE),
    () => parseMessage(WARM_UP_MESSAGE),
    ...RULES.map((rule) => () => checkRule(rule, WARM_UP_MESSAGE, {}, { firstMessage: true })),
    () => lint(WARM_UP_MESSAGE, {}, { firstMessage: true }),
  ],
};

(globalThis as typeof globalThis & { [IN_PAGE_LINTER_KEY]?: InPageLinter })[IN_PAGE_LINTER_KEY] = linter;
