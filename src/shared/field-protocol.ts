/**
 * Types of the popup <-> content-script messages (declared in messages.ts's ProtocolMap).
 * Kept in their own module so both sides import the same shapes.
 */
import type { FirmSettings, Fix, Report } from '../rules';

/** The field the user is typing in on a tab, or the last one used there. */
export interface FieldState {
  /** Stable for the life of the field on the page; names the field in later messages. */
  fieldId: string;
  text: string;
  report: Report;
  /** Checked under first-message rules (terms link, firm name and STOP wording required). */
  firstMessage: boolean;
  siteEnabled: boolean;
  origin: string;
  /** Why spelling is not being checked in this field right now (the spell checker failed). */
  spellingUnavailable?: string;
}

export interface ApplyFixesArgs {
  fieldId: string;
  fixes: Fix[];
  /** The text the fixes were computed on; the content script re-maps or refuses them when the field changed. */
  basedOnText: string;
}

export interface ApplyFixesResult {
  applied: boolean;
  /** The field's text afterwards. */
  text: string;
  reason?: string;
  /**
   * Set when the editor did not end up with the fixed text: what it should have held (the card
   * offers it to copy) and whether the field holds the text from before the fix again.
   */
  notAccepted?: { expected: string; restored: boolean };
}

export interface InsertTextArgs {
  fieldId: string;
  text: string;
  position: 'caret' | 'end';
}

export interface InsertTextResult {
  applied: boolean;
  text: string;
}

export interface SetFirstMessageArgs {
  fieldId: string;
  firstMessage: boolean;
}

/** A tab as the popup needs it. */
export interface TabInfo {
  id: number;
  url: string;
}

/** What a frame's content script needs to know about its page, from the background. */
export interface PageConfigArgs {
  /** The URL the site switch is decided on (about:blank frames pass their creator's origin). */
  url: string;
}

export interface PageConfig {
  /** Whether the checker runs on this page (demo portal, the firm's portal sites, or switched on by the user). */
  enabled: boolean;
  /** The validated firm settings the rules and spelling use (policy values applied). */
  firmSettings: Partial<FirmSettings>;
  /** The in-page linter's parts inside the extension, in the order they are imported (content/in-page-linter-loader.ts). */
  inPageLinterParts: readonly string[];
  /** The organization set the checks' severities by policy: the card offers no "Turn off this check". */
  ruleSeverityLocked?: boolean;
}

/** "Ignore" on a finding (this message only): the finding as it was shown, on the text it was shown on. */
export interface IgnoreFindingArgs {
  fieldId: string;
  finding: { ruleId: string; messageId: string; start: number; end: number };
  basedOnText: string;
}

export interface TurnOffRuleArgs {
  ruleId: string;
}

export interface TurnOffRuleResult {
  turnedOff: boolean;
  /** Why not (set by the organization, or the settings could not be written). */
  reason?: string;
}

export interface FieldFrameArgs {
  tabId: number;
}

/** What the toolbar button shows for the tab: the verdict and finding count of the field in use. */
export interface ToolbarReportArgs {
  findings: number;
  verdict: 'ready' | 'review' | 'blocked';
}
