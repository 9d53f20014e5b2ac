/**
 * The card of a field in a frame too small for it, shown by the content script of the largest
 * ancestor frame that runs one (the top document when the site is enabled there; else, say, a
 * portal's own frame around a vendor's composer) beside the frame (issue 11). The field's frame keeps the card's logic: it sends what the card
 * shows, and the top frame sends back what the user pressed. Everything travels over the
 * extension's runtime messaging through the background, which only extension contexts reach (no
 * `externally_connectable`): no page script sees a finding or can press a button. The one thing
 * posted through the page (window.postMessage) is `frameCardLocator`, a random token that tells
 * each ancestor which of its iframes the card belongs to; it carries nothing of the message.
 *
 * Finding the host, without the frame tree (which would need the webNavigation permission): the
 * field's frame posts the token to every ancestor window; each ancestor whose content script sees
 * it from one of its own iframes tells the background how many windows up it is and where that
 * iframe is in its viewport (a `FrameHop`, `background/claimFrameCard`). The background picks the
 * highest ancestor whose chain of hops down to the field is complete and has it show the card;
 * offsets are composed hop by hop, since no frame can read the layout of another origin. Content
 * scripts tell the background when their checker starts and stops (`background/checkerFrame`), so
 * it asks each checker frame of the tab it has not heard from (`content/claimFrameCard`) and picks
 * the host once all have answered, instead of waiting for ancestors that may not run one.
 */
import type { Finding, Fix, Report } from '../rules';
import type { RuleDoc } from './lint-protocol';

/** A box in a frame's viewport, CSS pixels (DOMRect does not survive structured cloning). */
export interface FrameRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** What the card shows: findings (one spot's or all of them), or a fix the editor did not take. */
export type FrameCardContent =
  | {
      kind: 'findings';
      mode: 'finding' | 'summary';
      text: string;
      report: Report;
      findings: readonly Finding[];
      /** The texts of the rules among the findings. */
      ruleDocs: Record<string, RuleDoc>;
      unavailable?: string;
      firstMessage?: boolean;
      canTurnOffRules?: boolean;
      /** Which of the card's optional actions the field offers. */
      offers: { ignore: boolean; turnOffRule: boolean; firstMessage: boolean };
    }
  | { kind: 'not-accepted'; expected: string; reason: string };

/** Sent by the field's frame: show (or update) its card in the top document. */
export interface ShowFrameCardArgs {
  /** Names this card in every later message; new each time the card opens. */
  cardId: string;
  /** The token the frame posted to the top window just before (frameCardLocator). */
  locator: string;
  content: FrameCardContent;
  /** The words explained and the field's box, in the frame's viewport. */
  anchor: FrameRect;
  field: FrameRect;
  /** The frame's viewport size (innerWidth, innerHeight): the iframe element may be scaled. */
  viewport: { width: number; height: number };
  /** Move the keyboard focus into the card (Alt+Enter, the shortcut, a notice). */
  focus: boolean;
  /** How many windows are above the field's frame (1: the top's child): the highest that can claim. */
  ancestors: number;
}

/** An ancestor's frame element on the way down to the field's frame, as that ancestor sees it. */
export interface FrameHop {
  /** The iframe element's content box, in the viewport of the ancestor's document. */
  frame: FrameRect;
  /** That document's viewport size (innerWidth, innerHeight). */
  viewport: { width: number; height: number };
}

/** An ancestor saw a card's locator posted from inside one of its iframes: it could show the card. */
export interface FrameCardClaimArgs {
  token: string;
  /** Windows between it and the field's frame, plus one (1: the field's frame is its own iframe). */
  level: number;
  hop: FrameHop;
  /** It reads every document down to the field's frame (same origin all the way): it needs no hops. */
  readsDown: boolean;
  /** Sent again because this frame scrolled: the host of the card moves it. */
  moved?: boolean;
}

/**
 * A document's checker started or stopped (the site switched off, the page hidden or left): the
 * background keeps which frames of a tab run one, so a card's host is known to be found once each
 * of them has answered, instead of after a wait (background/checker-frames.ts).
 */
export interface CheckerFrameArgs {
  running: boolean;
  /** Windows above this document (0: the top). Only a shallower frame can be an ancestor of another. */
  depth: number;
  /** Random, one per content script: a late "stopped" from a document the frame left forgets nothing. */
  checker: string;
}

/**
 * Background -> a checker frame of the field frame's tab: did this locator come up through one of
 * your iframes? Its claim (as `background/claimFrameCard` would send it), or null: not through mine.
 */
export interface AskFrameCardClaimArgs {
  token: string;
}

/** What the hosting frame's content script receives: the same, with the frame it came from. */
export interface HostFrameCardArgs extends ShowFrameCardArgs {
  frameId: number;
  /**
   * The hops of the ancestors between the field's frame and the host, innermost first (hops[0]
   * is the field frame's parent's); empty when the host is the parent or reads down itself.
   */
  hops: FrameHop[];
}

/** Field's frame -> background: its card there closed; the host is the frame that showed it. */
export interface CloseFrameCardArgs {
  cardId: string;
  hostFrameId: number;
}

/** The field's frame scrolled (or its field did): the words and the field are here now. */
export interface MoveFrameCardArgs {
  cardId: string;
  hostFrameId: number;
  anchor: FrameRect;
  field: FrameRect;
  viewport: { width: number; height: number };
}

/** Background -> host: an ancestor between the host and the field scrolled; its hop is this now. */
export interface FrameCardHopArgs {
  frameId: number;
  cardId: string;
  level: number;
  hop: FrameHop;
}

/** What the user did in a card shown for a frame; the frame does it, as for its own card. */
export type FrameCardAction =
  | { kind: 'applyFix'; fix: Fix }
  | { kind: 'fixAll' }
  | { kind: 'close'; returnFocus: boolean }
  | { kind: 'ignore'; finding: Finding }
  | { kind: 'turnOffRule'; ruleId: string }
  | { kind: 'setFirstMessage'; firstMessage: boolean }
  | { kind: 'pointerInside'; inside: boolean };

export interface FrameCardActionArgs {
  cardId: string;
  action: FrameCardAction;
}

/** The top frame names the frame to send an action to. */
export interface RelayFrameCardActionArgs extends FrameCardActionArgs {
  frameId: number;
}

/**
 * Posted by the field's frame to the top window: a string holding only a random token, so the top
 * can tell which iframe posted it (a string, which every browser's content scripts read alike).
 */
const LOCATOR_PREFIX = 'sms-compliance-checker-frame-card:';

export function frameCardLocator(token: string): string {
  return LOCATOR_PREFIX + token;
}

/** The token of a posted locator, or null for any other message. */
export function locatorToken(data: unknown): string | null {
  if (typeof data !== 'string' || !data.startsWith(LOCATOR_PREFIX)) return null;
  const token = data.slice(LOCATOR_PREFIX.length);
  return /^[0-9a-f]{32}$/.test(token) ? token : null;
}

/** 128 random bits in hex: card ids and locator tokens. */
export function randomToken(): string {
  return [...crypto.getRandomValues(new Uint32Array(4))].map((part) => part.toString(16).padStart(8, '0')).join('');
}

const ACTION_KINDS = new Set<FrameCardAction['kind']>([
  'applyFix',
  'fixAll',
  'close',
  'ignore',
  'turnOffRule',
  'setFirstMessage',
  'pointerInside',
]);

/** Whether a relayed action has the shape its kind needs (the frame acts on nothing else). */
export function isFrameCardAction(value: unknown): value is FrameCardAction {
  if (typeof value !== 'object' || value === null) return false;
  const action = value as { kind?: unknown } & Record<string, unknown>;
  if (typeof action.kind !== 'string' || !ACTION_KINDS.has(action.kind as FrameCardAction['kind'])) return false;
  switch (action.kind) {
    case 'applyFix':
      return typeof action.fix === 'object' && action.fix !== null && Array.isArray((action.fix as Fix).edits);
    case 'close':
      return typeof action.returnFocus === 'boolean';
    case 'ignore':
      return typeof action.finding === 'object' && action.finding !== null;
    case 'turnOffRule':
      return typeof action.ruleId === 'string';
    case 'setFirstMessage':
      return typeof action.firstMessage === 'boolean';
    case 'pointerInside':
      return typeof action.inside === 'boolean';
    default:
      return true;
  }
}
