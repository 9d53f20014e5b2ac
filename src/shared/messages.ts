/**
 * The one protocol between popup, options page, content scripts and the background service worker.
 *
 * Every message is declared once in `ProtocolMap` with its direction, argument and result types.
 * Callers go through a `MessageClient` and receivers through `MessageHandlers`, so nobody builds a
 * raw `{ type, ... }` object by hand and a renamed message fails to compile everywhere at once.
 * This module is pure (no browser API) so it runs in unit tests and lets pages render with a mock
 * client; `messaging.ts` wires it to the real `browser.runtime` / `browser.tabs`.
 */

import type {
  ApplyFixesArgs,
  ApplyFixesResult,
  FieldFrameArgs,
  FieldState,
  IgnoreFindingArgs,
  InsertTextArgs,
  InsertTextResult,
  PageConfig,
  PageConfigArgs,
  SetFirstMessageArgs,
  ToolbarReportArgs,
  TurnOffRuleArgs,
  TurnOffRuleResult,
} from './field-protocol';
import type {
  AskFrameCardClaimArgs,
  CheckerFrameArgs,
  CloseFrameCardArgs,
  FrameCardActionArgs,
  FrameCardClaimArgs,
  FrameCardHopArgs,
  HostFrameCardArgs,
  MoveFrameCardArgs,
  RelayFrameCardActionArgs,
  ShowFrameCardArgs,
} from './frame-card-protocol';
import type {
  AddToDictionaryArgs,
  AddToDictionaryResult,
  CheckSpellingArgs,
  SpellingFindings,
  SuggestSpellingArgs,
} from './spelling-protocol';

export type {
  ApplyFixesArgs,
  ApplyFixesResult,
  FieldFrameArgs,
  FieldState,
  InsertTextArgs,
  InsertTextResult,
  PageConfig,
  PageConfigArgs,
  SetFirstMessageArgs,
  TabInfo,
  ToolbarReportArgs,
} from './field-protocol';
export type {
  AddToDictionaryArgs,
  AddToDictionaryResult,
  CheckSpellingArgs,
  SpellingSettings,
  SuggestSpellingArgs,
} from './spelling-protocol';

/**
 * Where a message is handled: the service worker, the content script of one tab, or the spelling
 * host (Chrome's offscreen document; only the background talks to it).
 */
export type Receiver = 'background' | 'content' | 'spelling';

export interface PingResult {
  /** The extension version the service worker runs (from the manifest). */
  version: string;
  /** Date.now() when the service worker answered. */
  answeredAt: number;
}

/** A tab the checker could not be injected into, when its site was switched on. */
export interface InjectionFailure {
  tabId: number;
  url?: string;
  error: string;
}

export interface SiteScriptSyncResult {
  /** Open tabs of newly enabled sites the checker could not start in (they need a reload). */
  injectionFailures: InjectionFailure[];
}

/** What a tab's page looks like to the background, when the popup gets no answer from its checker. */
export interface TabProbe {
  /** Whether a script could run in the tab's page at all (false: the browser does not allow it there). */
  scriptable: boolean;
  /** performance.timeOrigin of the page: when it was loaded. */
  loadedAt?: number;
  /** When this copy of the extension started (after its install, update or reload, or the browser's start). */
  extensionStartedAt?: number;
  /** Why this copy started: 'install', 'update' (also a reload in developer mode), or unknown. */
  startReason?: string;
  /** The browser's refusal, when not scriptable. */
  error?: string;
}

export interface ContentStatus {
  /** The page (frame) URL the content script runs in. */
  url: string;
  /** Whether this frame is the top-level page rather than an iframe. */
  topFrame: boolean;
}

/**
 * Every message, named `<receiver>/<verb>` (the receiver is the context that handles it), with its
 * argument and result types. Messages without arguments take `args: undefined`.
 */
export interface ProtocolMap {
  /** Is the service worker alive? Used by the popup and the e2e smoke test. */
  'background/ping': { args: undefined; result: PingResult };
  /** Is the checker running in this tab? Sent to the top frame's content script. */
  'content/getStatus': { args: undefined; result: ContentStatus };

  // Popup -> content script of the frame of the tab whose field was used last (background/fieldFrame).
  /** The field the user is typing in, or the last one used on the page; null when none. */
  'content/getFieldState': { args: undefined; result: FieldState | null };
  /** Applies fixes through the same editing path as the in-page card; stale fixes re-mapped or refused. */
  'content/applyFixes': { args: ApplyFixesArgs; result: ApplyFixesResult };
  /** Inserts text (the terms link) at the caret or at the end of the field. */
  'content/insertText': { args: InsertTextArgs; result: InsertTextResult };
  /** Re-checks the field under first-message rules; remembered per field until its text is cleared. */
  'content/setFirstMessage': { args: SetFirstMessageArgs; result: FieldState };

  // Background -> content script of the frame whose field was used last: the keyboard commands.
  /** Opens the card with every finding of the field in use, focused; false when there is no field. */
  'content/openCard': { args: undefined; result: boolean };
  /** "Fix all safe issues" in the field in use; null when there is no field. */
  'content/fixAll': { args: undefined; result: ApplyFixesResult | null };
  /** Popup -> content: "Ignore" on a finding, in this message only. */
  'content/ignoreFinding': { args: IgnoreFindingArgs; result: FieldState };

  // Content script -> background.
  /** Whether the checker runs on this page, and the settings it checks with (read at start and on every storage change). */
  'background/pageConfig': { args: PageConfigArgs; result: PageConfig };
  /** A field in the sending frame was focused or edited: the popup talks to this frame from now on. */
  'background/fieldUsed': { args: undefined; result: undefined };
  /** The field in use now shows this verdict and count: the toolbar button of its tab shows them too. */
  'background/showOnToolbar': { args: ToolbarReportArgs; result: undefined };
  /** The field the toolbar button was showing went away (a closed compose dialog). */
  'background/clearToolbar': { args: undefined; result: undefined };
  // Popup -> background.
  /** The frame of the tab whose field was used last (0, the top frame, when none reported). */
  'background/fieldFrame': { args: FieldFrameArgs; result: number };

  // Popup / options -> service worker.
  /** Re-registers the dynamic content scripts after settings, user sites or permissions changed. */
  'background/syncSiteScripts': { args: undefined; result: SiteScriptSyncResult };
  /** The popup got no answer from a tab's checker: when the page was loaded, and whether scripts run there. */
  'background/probeTab': { args: { tabId: number }; result: TabProbe };

  // The card of a field in a frame too small for it, shown by the largest ancestor frame that runs
  // a checker (frame-card-protocol.ts).
  /**
   * Ancestor -> background: a card's locator came up through one of my iframes; here is my hop.
   * Sent again when that frame scrolls (`moved`): false when no card on screen needs it any more.
   */
  'background/claimFrameCard': { args: FrameCardClaimArgs; result: boolean };
  /** Content script -> background: this document's checker started or stopped (which frames can claim). */
  'background/checkerFrame': { args: CheckerFrameArgs; result: undefined };
  /** Background -> each other checker frame of the tab not heard from: its claim, or null (not mine). */
  'content/claimFrameCard': { args: AskFrameCardClaimArgs; result: FrameCardClaimArgs | null };
  /** Field's frame -> background -> host: show or update the card; the host's frame id, or null when none can. */
  'background/showFrameCard': { args: ShowFrameCardArgs; result: number | null };
  'content/showFrameCard': { args: HostFrameCardArgs; result: boolean };
  /** Field's frame -> background -> host: the words explained moved (the frame or field scrolled). */
  'background/moveFrameCard': { args: MoveFrameCardArgs; result: undefined };
  'content/moveFrameCard': { args: Omit<MoveFrameCardArgs, 'hostFrameId'> & { frameId: number }; result: undefined };
  /** Background -> host: a frame between it and the field scrolled. */
  'content/frameCardHop': { args: FrameCardHopArgs; result: boolean };
  /** Field's frame -> background -> host: the card closed (or its findings are gone). */
  'background/closeFrameCard': { args: CloseFrameCardArgs; result: undefined };
  'content/closeFrameCard': { args: { cardId: string; frameId: number }; result: undefined };
  /** Host -> background -> the field's frame: what the user did in the card. */
  'background/frameCardAction': { args: RelayFrameCardActionArgs; result: undefined };
  'content/frameCardAction': { args: FrameCardActionArgs; result: undefined };

  // Content script / popup -> background: spelling, checked off the keystroke path.
  /** The spelling findings for this exact text (no fixes: ask for suggestions when showing one). */
  'background/checkSpelling': { args: CheckSpellingArgs; result: SpellingFindings };
  /** Corrections for one word, best first, within a time cap. */
  'background/suggestSpelling': { args: SuggestSpellingArgs; result: string[] };
  /** Adds a word to the firm dictionary (storage.sync); refused when policy sets the dictionary. */
  'background/addToDictionary': { args: AddToDictionaryArgs; result: AddToDictionaryResult };
  /** "Turn off this check" (card or popup): the rule's severity "off" in storage.sync; refused when policy sets severities. */
  'background/turnOffRule': { args: TurnOffRuleArgs; result: TurnOffRuleResult };

  // Background -> spelling host (Chrome's offscreen document). Same shapes as above.
  'spelling/check': { args: CheckSpellingArgs; result: SpellingFindings };
  'spelling/suggest': { args: SuggestSpellingArgs; result: string[] };
}

export type MessageType = keyof ProtocolMap;
export type ArgsOf<T extends MessageType> = ProtocolMap[T]['args'];
export type ResultOf<T extends MessageType> = ProtocolMap[T]['result'];
/** The message types a given receiver handles, read from their names. */
export type MessagesTo<R extends Receiver> = Extract<MessageType, `${R}/${string}`>;

// Compile-time check that every message name starts with a receiver.
type UnroutedMessage = Exclude<MessageType, `${Receiver}/${string}`>;
const everyMessageHasAReceiver: [UnroutedMessage] extends [never] ? true : UnroutedMessage = true;
void everyMessageHasAReceiver;

/** Messages without arguments are sent as `send('ping')`, the others as `send('x', args)`. */
export type ArgsParameter<T extends MessageType> = ArgsOf<T> extends undefined ? [] : [args: ArgsOf<T>];

/** Marks our messages so handlers ignore anything else posted on the runtime. */
export const CHANNEL = 'sms-compliance-checker';

export interface RequestEnvelope<T extends MessageType = MessageType> {
  channel: typeof CHANNEL;
  type: T;
  args: ArgsOf<T>;
}

/**
 * What a receiver answers. Errors travel as data rather than as a rejected promise because
 * Chrome and Firefox report thrown errors differently (and Chrome drops their message).
 */
export type ResponseEnvelope<T extends MessageType = MessageType> =
  | { channel: typeof CHANNEL; ok: true; result: ResultOf<T> }
  | { channel: typeof CHANNEL; ok: false; error: string };

export function createRequest<T extends MessageType>(type: T, ...rest: ArgsParameter<T>): RequestEnvelope<T> {
  return { channel: CHANNEL, type, args: rest[0] as ArgsOf<T> };
}

export function isRequest(value: unknown): value is RequestEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<RequestEnvelope>;
  return candidate.channel === CHANNEL && typeof candidate.type === 'string';
}

export type MessageHandler<T extends MessageType, Sender> = (
  args: ArgsOf<T>,
  sender: Sender,
) => ResultOf<T> | Promise<ResultOf<T>>;

export type MessageHandlers<R extends Receiver, Sender = unknown> = {
  [T in MessagesTo<R>]?: MessageHandler<T, Sender>;
};

/**
 * Runs the matching handler. Returns undefined when the message is not ours or this receiver has
 * no handler for it, so another listener (another frame, another page) may answer instead.
 */
export function dispatch<R extends Receiver, Sender>(
  handlers: MessageHandlers<R, Sender>,
  message: unknown,
  sender: Sender,
): Promise<ResponseEnvelope> | undefined {
  if (!isRequest(message)) return undefined;
  if (!Object.hasOwn(handlers, message.type)) return undefined;
  const handler = (handlers as Record<string, MessageHandler<MessageType, Sender> | undefined>)[message.type];
  if (handler === undefined) return undefined;
  return (async (): Promise<ResponseEnvelope> => {
    try {
      return { channel: CHANNEL, ok: true, result: await handler(message.args, sender) };
    } catch (error) {
      return { channel: CHANNEL, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  })();
}

export class MessageError extends Error {
  constructor(
    readonly messageType: MessageType,
    detail: string,
  ) {
    super(`${messageType}: ${detail}`);
    this.name = 'MessageError';
  }
}

/** Turns a receiver's answer back into the result, or throws a MessageError. */
export function unwrapResponse<T extends MessageType>(type: T, response: unknown): ResultOf<T> {
  if (typeof response !== 'object' || response === null || (response as ResponseEnvelope).channel !== CHANNEL) {
    throw new MessageError(type, 'no receiver answered');
  }
  const envelope = response as ResponseEnvelope<T>;
  if (!envelope.ok) throw new MessageError(type, envelope.error);
  return envelope.result;
}

/** Sends typed messages to one receiver. Pages take a client as a prop so tests can pass a mock. */
export interface MessageClient<R extends Receiver> {
  send<T extends MessagesTo<R>>(type: T, ...args: ArgsParameter<T>): Promise<ResultOf<T>>;
}

/** Builds a client over any transport that delivers a request and resolves with the raw answer. */
export function createMessageClient<R extends Receiver>(
  transport: (request: RequestEnvelope) => Promise<unknown>,
): MessageClient<R> {
  return {
    async send<T extends MessagesTo<R>>(type: T, ...args: ArgsParameter<T>): Promise<ResultOf<T>> {
      const response = await transport(createRequest(type, ...args));
      return unwrapResponse(type, response);
    },
  };
}

/** A client that answers from local handlers: for tests and for rendering pages without the extension. */
export function createLocalClient<R extends Receiver>(handlers: MessageHandlers<R, undefined>): MessageClient<R> {
  return createMessageClient<R>(async (request) => dispatch(handlers, request, undefined));
}
