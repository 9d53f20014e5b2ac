/**
 * Relays the card of a field in a small frame between that frame's content script and the content
 * script of the ancestor frame that shows it (src/shared/frame-card-protocol.ts). The host is the
 * highest ancestor that claimed the card's locator with a complete chain of hops down to the field
 * (the top document when the site is enabled there), found without the frame tree, so without the
 * webNavigation permission: the claims say how far up each ancestor is. When the background knows
 * which frames of the tab run a checker (checker-frames.ts), it asks those it has not heard from
 * and settles once each has answered, a claim or "not mine"; otherwise it waits a moment for
 * claims. Only the frames of the sender's own tab are reached. A card comes from a frame other
 * than the top; what the user does in it goes back only to the frame the card came from, and only
 * a frame that was given the card's id (a random one, never posted through a page) can name it.
 */
import type { Runtime } from '../shared/browser';
import type { FrameCardClaimArgs, FrameHop, ShowFrameCardArgs } from '../shared/frame-card-protocol';
import type { MessageHandlers } from '../shared/messages';
import type { KnownCheckerFrames } from './checker-frames';

type ContentHandlers = MessageHandlers<'content'>;
type ContentArgs<T extends keyof ContentHandlers> = Parameters<NonNullable<ContentHandlers[T]>>[0];

/** Sends one typed message to one frame of a tab (browser.tabs.sendMessage through the content client). */
export interface FrameSender {
  showCard(tabId: number, frameId: number, args: ContentArgs<'content/showFrameCard'>): Promise<boolean>;
  closeCard(tabId: number, frameId: number, args: ContentArgs<'content/closeFrameCard'>): Promise<void>;
  moveCard(tabId: number, frameId: number, args: ContentArgs<'content/moveFrameCard'>): Promise<void>;
  /** False when the host shows no such card any more. */
  hopMoved(tabId: number, frameId: number, args: ContentArgs<'content/frameCardHop'>): Promise<boolean>;
  action(tabId: number, frameId: number, args: ContentArgs<'content/frameCardAction'>): Promise<void>;
  /** A checker frame's claim on a locator, or null (not through its iframes); rejects when no receiver. */
  askClaim(
    tabId: number,
    frameId: number,
    args: ContentArgs<'content/claimFrameCard'>,
  ): Promise<FrameCardClaimArgs | null>;
}

/** What the relay needs of the tab's checker frames (checker-frames.ts). */
export interface CheckerFrameList {
  of(tabId: number): Promise<KnownCheckerFrames>;
  /** A message to the frame found no receiver. */
  gone(tabId: number, frameId: number): Promise<void>;
}

/**
 * How long the field's frame's request waits for ancestors it has not heard from yet: all of it
 * when the tab's checker frames are not known, at most when one of them does not answer.
 */
export const CLAIM_WAIT_MS = 300;
/** The wait when the field's frame's last card found no host (its card shows the sooner). */
export const CLAIM_WAIT_NONE_BEFORE_MS = 100;
/** Once the frame that showed the last card claimed, the wait for a higher one (short of the top). */
export const CLAIM_GRACE_MS = 40;
/** Claims are kept this long for a request that comes after them (the post is faster than the message). */
const CLAIM_TTL_MS = 10_000;
const MAX_LEVEL = 16;
const MAX_PENDING = 64;
const MAX_REMEMBERED_FRAMES = 256;

interface Claim {
  frameId: number;
  hop: FrameHop;
  readsDown: boolean;
}

interface PendingClaims {
  tabId: number;
  at: number;
  claims: Map<number, Claim>;
  /** The frames that claimed or said the locator did not come through them. */
  answered: Set<number>;
  /** Wakes a request waiting for more claims. */
  changed?: () => void;
}

/** A card on screen: where an ancestor's scroll is sent (its hop moved). */
interface PlacedCard {
  tabId: number;
  fieldFrameId: number;
  hostFrameId: number;
  hostLevel: number;
  cardId: string;
}

/** A frame other than the top one, in a tab: where a card may come from. */
function subframeOf(sender: Runtime.MessageSender): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || tabId < 0 || frameId === undefined || frameId <= 0) return null;
  return { tabId, frameId };
}

function frameOf(sender: Runtime.MessageSender): { tabId: number; frameId: number } | null {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || tabId < 0 || frameId === undefined || frameId < 0) return null;
  return { tabId, frameId };
}

const isFrameId = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 0;

function isRect(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const rect = value as Record<string, unknown>;
  return ['left', 'top', 'width', 'height'].every((key) => Number.isFinite(rect[key]));
}

function isHop(value: unknown): value is FrameHop {
  if (typeof value !== 'object' || value === null) return false;
  const hop = value as { frame?: unknown; viewport?: { width?: unknown; height?: unknown } };
  return isRect(hop.frame) && Number.isFinite(hop.viewport?.width) && Number.isFinite(hop.viewport?.height);
}

/**
 * The levels that could host, highest first: each claimed, with every level below it claimed
 * too (the hops compose down to the field), or reading down to the field itself.
 */
export function hostCandidates(claims: ReadonlyMap<number, { readsDown: boolean }>): number[] {
  const candidates: number[] = [];
  let contiguous = true;
  const highest = Math.max(0, ...claims.keys());
  for (let level = 1; level <= highest; level++) {
    const claim = claims.get(level);
    if (claim === undefined) {
      contiguous = false;
      continue;
    }
    if (contiguous || claim.readsDown) candidates.push(level);
  }
  return candidates.reverse();
}

export function frameCardRelay(
  send: FrameSender,
  now: () => number = Date.now,
  /** The tab's checker frames; without it the relay waits for claims. */
  checkers?: CheckerFrameList,
): Pick<
  MessageHandlers<'background', Runtime.MessageSender>,
  | 'background/claimFrameCard'
  | 'background/showFrameCard'
  | 'background/moveFrameCard'
  | 'background/closeFrameCard'
  | 'background/frameCardAction'
> {
  const pending = new Map<string, PendingClaims>();
  const placed = new Map<string, PlacedCard>();
  /** The highest level that claimed the last card of a field's frame: the next request waits for it only. */
  const lastHostLevel = new Map<string, number>();

  const forgetOld = () => {
    const cutoff = now() - CLAIM_TTL_MS;
    for (const [token, entry] of pending) if (entry.at < cutoff || pending.size > MAX_PENDING) pending.delete(token);
  };

  const pendingFor = (token: string, tabId: number): PendingClaims => {
    let entry = pending.get(token);
    if (entry === undefined || entry.tabId !== tabId) {
      entry = { tabId, at: now(), claims: new Map(), answered: new Set() };
      pending.set(token, entry);
    }
    return entry;
  };

  /** Takes a claim (sent, or the answer to our question); false when malformed or its level is taken. */
  const takeClaim = (entry: PendingClaims, frameId: number, claim: FrameCardClaimArgs): boolean => {
    const { level, hop, readsDown } = claim;
    if (!Number.isInteger(level) || level < 1 || level > MAX_LEVEL || !isHop(hop)) return false;
    entry.answered.add(frameId);
    if (entry.claims.has(level)) return false;
    entry.claims.set(level, { frameId, hop, readsDown: readsDown === true });
    return true;
  };

  /**
   * Asks each of `frames` not heard from yet whether the locator came through its iframes; the
   * answers (and a frame found gone) count as heard.
   */
  const ask = (entry: PendingClaims, token: string, frames: readonly number[]) => {
    for (const frameId of frames) {
      if (entry.answered.has(frameId)) continue;
      send.askClaim(entry.tabId, frameId, { token }).then(
        (answer) => {
          if (answer !== null && typeof answer === 'object' && answer.token === token)
            takeClaim(entry, frameId, answer);
          entry.answered.add(frameId);
          entry.changed?.();
        },
        () => {
          entry.answered.add(frameId);
          void checkers?.gone(entry.tabId, frameId).catch(() => undefined);
          entry.changed?.();
        },
      );
    }
  };

  /**
   * Resolves once the chain up to `ancestors` has claimed, or every checker frame that could be
   * above the field (`candidates`, when known) has answered; else once the frames heard last time
   * claimed, or on timeout.
   */
  const claimsFor = (
    token: string,
    tabId: number,
    ancestors: number,
    expected: number | undefined,
    candidates: readonly number[] | null,
  ) => {
    const current = pendingFor(token, tabId);
    const highest = () => hostCandidates(current.claims)[0] ?? 0;
    // The whole chain up to the top claimed: nothing larger can come.
    const whole = () => highest() >= ancestors;
    // As high as last time: a higher frame (its checker started since) gets a moment more.
    const asBefore = () => candidates === null && expected !== undefined && expected > 0 && highest() >= expected;
    // Each frame that could be above has answered: no other claim can come.
    const allAnswered = () => candidates?.every((frameId) => current.answered.has(frameId)) === true;
    if (whole() || allAnswered()) return Promise.resolve(current.claims);
    return new Promise<Map<number, Claim>>((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => {
        clearTimeout(timer);
        current.changed = undefined;
        resolve(current.claims);
      };
      const wait = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(done, ms);
      };
      if (candidates !== null) {
        wait(CLAIM_WAIT_MS);
        ask(current, token, candidates);
      } else wait(asBefore() ? CLAIM_GRACE_MS : expected === 0 ? CLAIM_WAIT_NONE_BEFORE_MS : CLAIM_WAIT_MS);
      let graceStarted = asBefore();
      current.changed = () => {
        if (whole() || allAnswered()) done();
        else if (!graceStarted && asBefore()) {
          graceStarted = true;
          wait(CLAIM_GRACE_MS);
        }
      };
    });
  };

  const forgetCard = (cardId: string) => {
    for (const [token, card] of placed) if (card.cardId === cardId) placed.delete(token);
  };

  return {
    'background/claimFrameCard': async ({ token, level, hop, readsDown, moved }: FrameCardClaimArgs, sender) => {
      const from = frameOf(sender);
      if (from === null || typeof token !== 'string' || !/^[0-9a-f]{32}$/.test(token)) return false;
      if (!Number.isInteger(level) || level < 1 || level > MAX_LEVEL || !isHop(hop)) return false;
      if (moved === true) {
        // A frame between the host and the field scrolled: the host moves the card.
        const card = placed.get(token);
        if (card === undefined || card.tabId !== from.tabId) return false;
        // The host follows its own scroll; a frame above it moves host and card alike.
        if (level >= card.hostLevel) return false;
        const shown = await send
          .hopMoved(card.tabId, card.hostFrameId, { frameId: card.fieldFrameId, cardId: card.cardId, level, hop })
          .catch(() => false);
        if (shown !== true) placed.delete(token);
        return shown === true;
      }
      forgetOld();
      let entry = pending.get(token);
      if (entry === undefined) {
        entry = { tabId: from.tabId, at: now(), claims: new Map(), answered: new Set() };
        pending.set(token, entry);
      }
      if (entry.tabId !== from.tabId || !takeClaim(entry, from.frameId, { token, level, hop, readsDown })) return false;
      entry.changed?.();
      return true;
    },

    'background/showFrameCard': async (args: ShowFrameCardArgs, sender) => {
      const from = subframeOf(sender);
      if (from === null || typeof args.locator !== 'string') return null;
      const ancestors = Number.isInteger(args.ancestors) ? Math.min(Math.max(args.ancestors, 1), MAX_LEVEL) : 1;
      const fieldKey = `${from.tabId}:${from.frameId}`;
      // The checker frames that could be above the field's frame (shallower than it), when the
      // tab's list is known: it is when it holds the sender itself.
      const known = checkers ? await checkers.of(from.tabId).catch(() => null) : null;
      const mayBeAbove =
        known?.has(from.frameId) === true
          ? [...known].filter(([frameId, depth]) => frameId !== from.frameId && depth < ancestors).map(([id]) => id)
          : null;
      const claims = await claimsFor(args.locator, from.tabId, ancestors, lastHostLevel.get(fieldKey), mayBeAbove);
      pending.delete(args.locator);
      const candidates = hostCandidates(claims).filter((level) => claims.get(level)?.frameId !== from.frameId);
      // Closed tabs are not told: the oldest frames' levels go.
      for (const key of lastHostLevel.keys())
        if (lastHostLevel.size >= MAX_REMEMBERED_FRAMES) lastHostLevel.delete(key);
      lastHostLevel.set(fieldKey, candidates[0] ?? 0);
      for (const level of candidates) {
        const host = claims.get(level) as Claim;
        const hops: FrameHop[] = [];
        if (!host.readsDown) for (let below = 1; below < level; below++) hops.push((claims.get(below) as Claim).hop);
        const shown = await send
          .showCard(from.tabId, host.frameId, { ...args, frameId: from.frameId, hops })
          .catch(() => false);
        if (shown !== true) continue;
        forgetCard(args.cardId);
        // Cards the host closed (Escape, a fix) are not told here: the oldest go.
        for (const token of placed.keys()) if (placed.size >= MAX_PENDING) placed.delete(token);
        placed.set(args.locator, {
          tabId: from.tabId,
          fieldFrameId: from.frameId,
          hostFrameId: host.frameId,
          hostLevel: level,
          cardId: args.cardId,
        });
        return host.frameId;
      }
      // No ancestor runs a checker with room: the frame shows its own card.
      return null;
    },

    'background/moveFrameCard': async ({ cardId, hostFrameId, anchor, field, viewport }, sender) => {
      const from = subframeOf(sender);
      if (from === null || !isFrameId(hostFrameId) || hostFrameId === from.frameId) return undefined;
      await send
        .moveCard(from.tabId, hostFrameId, { cardId, frameId: from.frameId, anchor, field, viewport })
        .catch(() => undefined);
      return undefined;
    },

    'background/closeFrameCard': async ({ cardId, hostFrameId }, sender) => {
      const from = subframeOf(sender);
      if (from === null || !isFrameId(hostFrameId) || hostFrameId === from.frameId) return undefined;
      forgetCard(cardId);
      await send.closeCard(from.tabId, hostFrameId, { cardId, frameId: from.frameId }).catch(() => undefined);
      return undefined;
    },

    'background/frameCardAction': async ({ frameId, cardId, action }, sender) => {
      const from = frameOf(sender);
      // Cards come from subframes, and a frame never shows its own card through the relay. The
      // field's frame acts only on the id of the card it handed over.
      if (from === null || !Number.isInteger(frameId) || frameId <= 0 || frameId === from.frameId) return undefined;
      await send.action(from.tabId, frameId, { cardId, action }).catch(() => undefined);
      return undefined;
    },
  };
}
