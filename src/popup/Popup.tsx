import {
  type Finding,
  type Fix,
  type Report,
  ruleById,
  safeFixesOf,
  safeLinkUrl,
  spellingSuggestionFixes,
} from '../rules';
import { useStore } from '../shared/observable';
import { SEVERITY_GROUPS, SPELLING_SUGGESTION_STATUS, SUGGESTION_TITLE, VERDICT_LABELS } from '../shared/report-labels';
import type { SettingsProblem, SiteEnabledBy } from '../shared/settings-schema';
import { diffText } from './diff';
import { FrameAccessNotice } from './FrameAccessNotice';
import {
  awaitsSuggestions,
  type ContentProblem,
  type NotAcceptedFix,
  type PopupController,
  type SafeFixPreview,
  type SpellingSuggestions,
  spellingSuggestionKey,
} from './popup-store';

export interface PopupProps {
  controller: PopupController;
}

/** The attorney's view of the message being typed on the current tab. */
export function Popup({ controller }: PopupProps) {
  const state = useStore(controller.store);
  const { field, settings } = state;
  return (
    <main class="popup" aria-busy={state.loading || state.busy}>
      <header class="popup-header">
        <h1>SMS Compliance Checker</h1>
        <button type="button" class="link-button" onClick={() => controller.openOptions()}>
          Options
        </button>
      </header>
      <p class="notice" role="status" aria-live="polite">
        {state.notice}
      </p>
      {state.policyProblems.length > 0 && <PolicyNotice problems={state.policyProblems} />}
      {state.storageError && (
        <section class="storage-error" role="alert" aria-label="Settings could not be read">
          <h2>Settings could not be read</h2>
          <p>{state.storageError}</p>
        </section>
      )}
      {state.loading ? (
        <p class="empty">Looking at this tab…</p>
      ) : !state.tab || !state.origin ? (
        <EmptyState title="Nothing to check here">
          The checker works on web pages with a message box, such as your firm's client portal.
        </EmptyState>
      ) : (
        <>
          <SiteSection
            origin={state.origin}
            enabledBy={state.enabledBy}
            switchedOn={state.siteSwitch ?? state.enabledBy === 'user'}
            portalSitesLocked={state.locked.includes('portalSites')}
            onToggle={(enabled) => void controller.setSiteEnabled(enabled)}
          />
          <FrameAccessNotice
            frames={state.frames}
            siteEnabled={state.enabledBy !== null}
            busy={state.busy}
            onAllow={controller.allowFrames && (() => void controller.allowFrames?.())}
          />
          {state.enabledBy && state.contentProblem && (
            <ContentProblemState
              problem={state.contentProblem}
              onReload={controller.reloadTab && (() => void controller.reloadTab?.())}
              onOpenOptions={() => controller.openOptions()}
            />
          )}
          {state.enabledBy && !state.contentProblem && !field && (
            <EmptyState title="No message field in use">
              Click into the message box on this page and start typing; the findings appear here.
            </EmptyState>
          )}
          {field && field.text.trim() === '' && (
            <EmptyState title="Nothing typed yet">
              Start typing in the message box on this page; the findings appear here as you type.
            </EmptyState>
          )}
          {field && field.text.trim() !== '' && (
            <>
              <ReportSummary report={field.report} />
              {field.spellingUnavailable && (
                <p class="spelling-unavailable">Spelling is not checked right now: {field.spellingUnavailable}</p>
              )}
              {state.notAccepted && (
                <NotAcceptedFixPanel
                  notAccepted={state.notAccepted}
                  onCopy={() => void controller.copyNotAcceptedFix()}
                />
              )}
              <FirstMessageSwitch
                checked={field.firstMessage}
                disabled={state.busy}
                onChange={(value) => void controller.setFirstMessage(value)}
              />
              {state.preview ? (
                <SafeFixPreviewPanel
                  preview={state.preview}
                  busy={state.busy}
                  onApply={() => void controller.confirmPreview()}
                  onCancel={() => controller.cancelPreview()}
                />
              ) : (
                <FindingList
                  findings={field.report.findings}
                  busy={state.busy}
                  onApplyFix={(fix) => void controller.applyFix(fix)}
                  spellingSuggestionsFor={(finding) =>
                    state.spellingSuggestions[
                      spellingSuggestionKey(field.text.slice(finding.start, finding.end), finding.language)
                    ]
                  }
                  onAddToDictionary={
                    controller.addToDictionary && ((finding) => void controller.addToDictionary?.(finding))
                  }
                  onIgnore={(finding) => void controller.ignoreFinding(finding)}
                  onTurnOff={
                    controller.turnOffRule && !state.locked.includes('ruleSeverity')
                      ? (ruleId) => void controller.turnOffRule?.(ruleId)
                      : undefined
                  }
                  onPreviewSafeFixes={() => controller.previewSafeFixes()}
                />
              )}
            </>
          )}
        </>
      )}
      {!state.loading && (
        <TermsLinkSection
          termsUrl={settings.termsUrl}
          canInsert={field !== null && !state.busy}
          onCopy={() => void controller.copyTermsLink()}
          onInsert={() => void controller.insertTermsLink()}
          onOpenOptions={() => controller.openOptions()}
        />
      )}
    </main>
  );
}

export interface ContentProblemStateProps {
  problem: ContentProblem;
  /** Absent when the popup cannot reload the tab. */
  onReload?: (() => void) | undefined;
  onOpenOptions(): void;
}

/** Why the checker does not answer on this page, one message per cause, with the way out. */
export function ContentProblemState({ problem, onReload, onOpenOptions }: ContentProblemStateProps) {
  const reload = onReload && (
    <button type="button" class="primary" onClick={onReload}>
      Reload the page
    </button>
  );
  switch (problem.kind) {
    case 'extension-updated':
      return (
        <EmptyState title="The extension was updated: reload this page">
          This page still runs the previous version's checker, which stopped when the extension was updated or reloaded.
          Reload the page to check messages again. {reload}
        </EmptyState>
      );
    case 'reload-needed':
      return (
        <EmptyState title="Reload this page to start checking">
          The page was opened before the checker was installed or turned on here. {reload}
        </EmptyState>
      );
    case 'permission-missing':
      return (
        <EmptyState title="The extension may not read this site">
          Your browser has not granted the extension access to this site. Switch the site off and on below, or grant
          access to the portal sites in the{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            options
          </button>
          .
        </EmptyState>
      );
    case 'cannot-run':
      return (
        <EmptyState title="Extensions cannot run on this page">
          The browser does not let extensions check messages here ({problem.detail}).
        </EmptyState>
      );
    case 'content-error':
      return (
        <EmptyState title="The checker on this page ran into an error">
          {problem.detail}. Reload the page to start it again. {reload}
        </EmptyState>
      );
    case 'not-started':
      return (
        <EmptyState title="The checker is not running on this page yet">
          Reload the page, then click into the message box. {reload}
        </EmptyState>
      );
  }
}

/** The editing path's own wording when the editor kept its text: the heading says it already. */
const EDITOR_REFUSED = /^This editor did not accept the change\.?$/;

export interface NotAcceptedFixPanelProps {
  notAccepted: NotAcceptedFix;
  onCopy(): void;
}

/**
 * A fix the page's editor did not take (it keeps its own text): the fixed message, to copy and
 * paste by hand, as the card offers it. The copy's outcome is announced in the popup's live region.
 */
export function NotAcceptedFixPanel({ notAccepted, onCopy }: NotAcceptedFixPanelProps) {
  return (
    <section class="not-accepted" aria-labelledby="not-accepted-heading">
      <h2 id="not-accepted-heading">This editor did not accept the change</h2>
      <p>
        {EDITOR_REFUSED.test(notAccepted.reason) ? '' : `${notAccepted.reason} `}
        {notAccepted.restored
          ? 'Your message is as it was. '
          : 'Check your message: the editor changed it its own way. '}
        Copy the fixed message, select the text in the editor and paste.
      </p>
      <textarea class="fixed-text" readOnly rows={3} aria-label="The fixed message" value={notAccepted.expected} />
      <button type="button" class="primary" onClick={onCopy}>
        Copy the fix
      </button>
    </section>
  );
}

export interface EmptyStateProps {
  title: string;
  children: preact.ComponentChildren;
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <section class="empty" aria-label={title}>
      <h2>{title}</h2>
      <p>{children}</p>
    </section>
  );
}

export interface SiteSectionProps {
  origin: string;
  enabledBy: SiteEnabledBy;
  /** The switch's position: the user's own choice while it is being saved, else the stored state. */
  switchedOn: boolean;
  portalSitesLocked: boolean;
  onToggle(enabled: boolean): void;
}

/** "Check messages on this site": a switch, except where the firm or the organization turned the site on. */
export function SiteSection({ origin, enabledBy, switchedOn, portalSitesLocked, onToggle }: SiteSectionProps) {
  const host = new URL(origin).host;
  if (enabledBy === 'demo') return <p class="site-note">Checking messages on the demo portal ({host}).</p>;
  if (enabledBy === 'portalSites') {
    return (
      <p class="site-note">
        Checking messages on {host}:{' '}
        {portalSitesLocked ? 'enabled by your organization' : "one of your firm's portal sites"}.
      </p>
    );
  }
  return (
    <div class="site-toggle">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={switchedOn}
          aria-checked={switchedOn}
          onChange={(event) => onToggle(event.currentTarget.checked)}
        />
        <span>Check messages on this site</span>
      </label>
      <p class="hint">{host}</p>
      {!enabledBy && (
        <p class="empty-inline">This site is not being checked. Turn it on to check the messages you type here.</p>
      )}
    </div>
  );
}

export interface ReportSummaryProps {
  report: Report;
}

export function describeEncoding(
  report: Pick<Report, 'encoding' | 'segments' | 'characters' | 'language' | 'segmentsFilled'>,
): string {
  const segments = `${report.segments} ${report.segments === 1 ? 'segment' : 'segments'}`;
  const characters = `${report.characters.toLocaleString('en-US')} ${report.characters === 1 ? 'character' : 'characters'}`;
  // A template's merge fields are filled before sending: say what it will likely cost then.
  const filled =
    report.segmentsFilled !== undefined && report.segmentsFilled > report.segments
      ? ` (about ${report.segmentsFilled} once merge fields are filled)`
      : '';
  const language = report.language === 'es' ? ', Spanish' : '';
  return `${report.encoding}, ${segments}${filled}, ${characters}${language}`;
}

export function ReportSummary({ report }: ReportSummaryProps) {
  return (
    <section class={`summary verdict-${report.verdict}`} aria-label="Result" data-verdict={report.verdict}>
      <p class="verdict">
        <strong>{VERDICT_LABELS[report.verdict]}</strong>
        <span class="score">
          <span class="sr-only">Score </span>
          {report.score}
          <span class="score-max">/100</span>
        </span>
      </p>
      <p class="encoding">{describeEncoding(report)}</p>
    </section>
  );
}

export interface FirstMessageSwitchProps {
  checked: boolean;
  disabled: boolean;
  onChange(value: boolean): void;
}

export function FirstMessageSwitch({ checked, disabled, onChange }: FirstMessageSwitchProps) {
  return (
    <div class="first-message">
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={checked}
          aria-checked={checked}
          disabled={disabled}
          aria-describedby="first-message-hint"
          onChange={(event) => onChange(event.currentTarget.checked)}
        />
        <span>First message to this client</span>
      </label>
      <p class="hint" id="first-message-hint">
        A first message must name the firm, link the terms and say how to opt out.
      </p>
    </div>
  );
}

export interface FindingListProps {
  findings: Finding[];
  busy: boolean;
  onApplyFix(fix: Fix): void;
  onPreviewSafeFixes(): void;
  /** The suggestions fetched for a spelling finding, if any were asked for. */
  spellingSuggestionsFor?: ((finding: Finding) => SpellingSuggestions | undefined) | undefined;
  /** Offered on spelling findings when given. */
  onAddToDictionary?: ((finding: Finding) => void) | undefined;
  /** "Ignore" (this message only), on every finding when given. */
  onIgnore?: ((finding: Finding) => void) | undefined;
  /** "Turn off this check", when given (not when the organization sets the checks). */
  onTurnOff?: ((ruleId: string) => void) | undefined;
}

export function FindingList({
  findings,
  busy,
  onApplyFix,
  onPreviewSafeFixes,
  spellingSuggestionsFor,
  onAddToDictionary,
  onIgnore,
  onTurnOff,
}: FindingListProps) {
  if (findings.length === 0) {
    return <p class="all-clear">No problems found. This message follows the carriers' guidance.</p>;
  }
  const safeCount = safeFixesOf(findings).length;
  return (
    <section class="findings" aria-label="Findings">
      {safeCount > 0 && (
        <button type="button" class="primary" disabled={busy} onClick={onPreviewSafeFixes}>
          Apply all safe fixes ({safeCount})
        </button>
      )}
      {SEVERITY_GROUPS.map(({ severity, title }) => {
        const group = findings.filter((finding) => finding.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} class={`group severity-${severity}`} aria-label={title}>
            <h2>
              {title} <span class="count">({group.length})</span>
            </h2>
            <ul>
              {group.map((finding) => (
                <FindingItem
                  key={`${finding.ruleId}:${finding.start}:${finding.messageId}`}
                  finding={finding}
                  busy={busy}
                  onApplyFix={onApplyFix}
                  spellingSuggestions={spellingSuggestionsFor?.(finding)}
                  onAddToDictionary={onAddToDictionary}
                  onIgnore={onIgnore}
                  onTurnOff={onTurnOff}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </section>
  );
}

export interface FindingItemProps {
  finding: Finding;
  busy: boolean;
  onApplyFix(fix: Fix): void;
  /** A spelling finding's suggestions (shown as the card shows them: before "Add to dictionary"). */
  spellingSuggestions?: SpellingSuggestions | undefined;
  onAddToDictionary?: ((finding: Finding) => void) | undefined;
  onIgnore?: ((finding: Finding) => void) | undefined;
  onTurnOff?: ((ruleId: string) => void) | undefined;
}

/** What a spelling finding's suggestions say while they come or when there are none (as in the card). */
function suggestionStatus(suggestions: SpellingSuggestions | undefined): string {
  if (suggestions === 'loading') return SPELLING_SUGGESTION_STATUS.loading;
  if (Array.isArray(suggestions) && suggestions.length === 0) return SPELLING_SUGGESTION_STATUS.none;
  return '';
}

export function FindingItem({
  finding,
  busy,
  onApplyFix,
  spellingSuggestions,
  onAddToDictionary,
  onIgnore,
  onTurnOff,
}: FindingItemProps) {
  const why = ruleById(finding.ruleId)?.meta.why;
  const canAddWord = finding.ruleId === 'spelling' && onAddToDictionary !== undefined;
  const spelling = awaitsSuggestions(finding) && spellingSuggestions !== undefined;
  const suggestionFixes =
    spelling && Array.isArray(spellingSuggestions) ? spellingSuggestionFixes(finding, spellingSuggestions) : [];
  const status = spelling ? suggestionStatus(spellingSuggestions) : '';
  return (
    <li class="finding" data-rule-id={finding.ruleId} data-severity={finding.severity}>
      <p class="message">{finding.message}</p>
      {why && (
        <details class="why">
          <summary>Why it matters</summary>
          <p>{why}</p>
        </details>
      )}
      {(finding.fixes.length > 0 || canAddWord || spelling) && (
        <div class="fixes">
          {finding.fixes.map((fix) => (
            <button
              type="button"
              key={fix.label}
              class={fix.safe ? 'fix safe' : 'fix suggestion'}
              disabled={busy}
              onClick={() => onApplyFix(fix)}
            >
              {fix.label}
            </button>
          ))}
          {suggestionFixes.map((fix) => (
            <button
              type="button"
              key={fix.label}
              class="fix suggestion"
              title={SUGGESTION_TITLE}
              disabled={busy}
              onClick={() => onApplyFix(fix)}
            >
              {fix.label}
            </button>
          ))}
          {canAddWord && (
            <button type="button" class="fix add-word" disabled={busy} onClick={() => onAddToDictionary?.(finding)}>
              Add to dictionary
            </button>
          )}
          {spelling && (
            <p class="spelling-status" aria-live="polite">
              {status}
            </p>
          )}
        </div>
      )}
      {(onIgnore || onTurnOff) && (
        <div class="dismiss-actions">
          {onIgnore && (
            <button type="button" class="link-button" disabled={busy} onClick={() => onIgnore(finding)}>
              Ignore
            </button>
          )}
          {onTurnOff && (
            <button type="button" class="link-button" disabled={busy} onClick={() => onTurnOff(finding.ruleId)}>
              Turn off this check
            </button>
          )}
        </div>
      )}
    </li>
  );
}

export interface SafeFixPreviewPanelProps {
  preview: SafeFixPreview;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

export function SafeFixPreviewPanel({ preview, busy, onApply, onCancel }: SafeFixPreviewPanelProps) {
  // Keys from each part's position in the combined text: stable, and unique per part.
  let offset = 0;
  const parts = diffText(preview.before, preview.after).map((part) => {
    const key = `${part.kind}:${offset}`;
    offset += part.text.length;
    return { ...part, key };
  });
  return (
    <section class="preview" aria-label="Preview of the safe fixes">
      <h2>Preview: {preview.count === 1 ? '1 safe fix' : `${preview.count} safe fixes`}</h2>
      <p class="hint">Added text is underlined in green, removed text struck through in red.</p>
      <p class="diff" data-testid="diff">
        {parts.map((part) =>
          part.kind === 'insert' ? (
            <ins key={part.key}>
              <span class="sr-only">[added: </span>
              {part.text}
              <span class="sr-only">]</span>
            </ins>
          ) : part.kind === 'delete' ? (
            <del key={part.key}>
              <span class="sr-only">[removed: </span>
              {part.text}
              <span class="sr-only">]</span>
            </del>
          ) : (
            <span key={part.key}>{part.text}</span>
          ),
        )}
      </p>
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onApply}>
          Apply these changes
        </button>
        <button type="button" disabled={busy} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

export interface TermsLinkSectionProps {
  termsUrl: string;
  canInsert: boolean;
  onCopy(): void;
  onInsert(): void;
  onOpenOptions(): void;
}

export function TermsLinkSection({ termsUrl, canInsert, onCopy, onInsert, onOpenOptions }: TermsLinkSectionProps) {
  // Settings are checked when read (rules/link-safety.ts); this is the last look before an href.
  const url = safeLinkUrl(termsUrl, 'terms page');
  return (
    <section class="terms" aria-label="Terms link">
      <h2>Terms link</h2>
      {url ? (
        <>
          <p>
            <a href={url} target="_blank" rel="noreferrer" class="terms-url">
              {url}
            </a>
          </p>
          <div class="actions">
            <button type="button" onClick={onCopy}>
              Copy terms link
            </button>
            <button type="button" disabled={!canInsert} onClick={onInsert}>
              Insert terms link
            </button>
          </div>
        </>
      ) : (
        <p class="empty-inline">
          {termsUrl.trim() === ''
            ? "Your firm's terms link is not set yet."
            : "Your firm's terms link is not a safe https:// address, so it is not offered."}{' '}
          <button type="button" class="link-button" onClick={onOpenOptions}>
            Set it in the options
          </button>
        </p>
      )}
    </section>
  );
}

export interface PolicyNoticeProps {
  problems: readonly SettingsProblem[];
}

/** Values the organization pushed by policy that the checker refused (and so does not use), with why. */
export function PolicyNotice({ problems }: PolicyNoticeProps) {
  return (
    <section class="policy-notice" aria-label="Refused organization settings">
      <h2>A setting from your organization was refused</h2>
      <ul>
        {problems.map((problem) => (
          <li key={problem.key}>
            <code>{problem.key}</code>: {problem.message}
          </li>
        ))}
      </ul>
      <p>The checker does not use these values. Ask your administrator to correct the policy.</p>
    </section>
  );
}
