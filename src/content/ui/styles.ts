/**
 * Styles of everything inside our shadow root. `:host` resets with `!important` (inner-context
 * important declarations beat the page's, even the page's `!important` ones), so page CSS cannot
 * hide, move or restyle the UI; nothing in here reaches the page.
 */

import { VERDICT_COLORS } from '../../shared/verdict-colors';

export const SEVERITY_COLORS = { error: '#d93025', warning: '#e37400', info: '#1a73e8' } as const;
/** Severity colours on a dark page: the underlines and the card's labels. */
export const DARK_SEVERITY_COLORS = { error: '#f28b82', warning: '#fdd663', info: '#8ab4f8' } as const;
/** Severity colours for small text on the light card, where the underline colour is too light. */
const TEXT_ON_LIGHT = { warning: '#a35200' } as const;

export const UI_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  inset: 0 auto auto 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  z-index: 2147483647 !important;
  pointer-events: none !important;
  contain: layout style !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
}
*, *::before, *::after { box-sizing: border-box; }
.layer, .measure {
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1b1f23;
  text-align: left;
  direction: ltr;
}
.measure { position: fixed; top: 0; left: 0; visibility: hidden; }
.ruler { position: absolute; top: 0; left: 0; margin: 0; padding: 0; border: 0; }
.mirror {
  position: fixed;
  top: 0;
  left: 0;
  margin: 0;
  overflow: hidden;
  box-sizing: content-box;
  border-style: solid;
  border-color: transparent;
  visibility: hidden;
  pointer-events: none;
}
.marks { position: fixed; overflow: hidden; pointer-events: none; }
.marks > .content { position: absolute; top: 0; left: 0; }
.mark {
  position: absolute;
  pointer-events: none;
  border-bottom: 2px solid ${SEVERITY_COLORS.error};
}
.mark[data-severity="warning"] { border-bottom-color: ${SEVERITY_COLORS.warning}; }
.mark[data-severity="info"] { border-bottom-color: ${SEVERITY_COLORS.info}; border-bottom-style: dotted; }
/* Contenteditable underlines are painted by ::highlight(); these boxes only carry hit areas and ids. */
.marks[data-paint="highlight"] .mark { border-bottom-color: transparent; }
.badge {
  position: fixed;
  transform: translateX(-100%);
  pointer-events: auto;
  min-width: 22px;
  height: 22px;
  padding: 0 7px;
  border: 0;
  border-radius: 11px;
  font: 700 12px/22px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #fff;
  background: ${VERDICT_COLORS.ready};
  text-align: center;
  cursor: pointer;
  box-shadow: 0 1px 3px rgba(0, 0, 0, 0.3);
}
/* Opaque: at 0.92 the white count on the "blocked" red fell under 4.5:1 on a white page. */
.badge:hover, .badge:focus-visible { outline: 2px solid #1b1f23; outline-offset: 1px; }
.badge[data-verdict="review"] { background: ${VERDICT_COLORS.review}; }
.badge[data-verdict="blocked"] { background: ${VERDICT_COLORS.blocked}; }
.badge[data-verdict="unavailable"] { background: #5f6368; }
.badge[hidden] { display: none; }
/* A frame's viewport, watched to know which part of the frame the user sees (trackVisibleArea). */
.viewport-probe { position: fixed; left: 0; top: 0; width: 100vw; height: 100vh; visibility: hidden; pointer-events: none; }
/* Beside a narrow one-line field, outside its right edge: placed by its own left edge. */
.badge[data-side="right"] { transform: none; }
.card {
  position: fixed;
  /* Above every underline box and badge of the layer, whichever was added last. */
  z-index: 1;
  pointer-events: auto;
  width: 360px;
  max-width: calc(100vw - 16px);
  max-height: min(70vh, 520px);
  overflow: auto;
  /* A button scrolled or tabbed into view stops above the sticky footer, not under it. */
  scroll-padding-bottom: 64px;
  padding: 12px 14px;
  background: #fff;
  color: #1b1f23;
  border: 1px solid #c6ccd6;
  border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.2);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
.card:focus { outline: none; }
.card[hidden] { display: none; }
.card h2 { font-size: 14px; margin: 0 28px 6px 0; font-weight: 650; }
.card .close {
  position: absolute; top: 6px; right: 6px; width: 26px; height: 26px;
  border: 0; border-radius: 4px; background: transparent; font-size: 18px; line-height: 26px; cursor: pointer; color: #5b6474;
}
.card .close:hover { background: #eef1f6; }
.card .summary { color: #5b6474; margin: 0 0 8px; font-size: 12px; }
.card ul { list-style: none; margin: 0; padding: 0; }
.card li.finding { border-top: 1px solid #e3e7ee; padding: 8px 0; }
.card li.finding:first-child { border-top: 0; padding-top: 0; }
.card .severity { display: inline-block; font-size: 11px; font-weight: 700; text-transform: uppercase; letter-spacing: 0.03em; margin-right: 6px; }
.card .severity[data-severity="error"] { color: ${SEVERITY_COLORS.error}; }
.card .severity[data-severity="warning"] { color: ${SEVERITY_COLORS.warning}; }
.card .severity[data-severity="info"] { color: ${SEVERITY_COLORS.info}; }
.card .rule { font-size: 11px; color: #5b6474; }
.card .excerpt { margin: 4px 0; padding: 4px 6px; background: #f6f7fa; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 12px; }
.card .excerpt mark { background: #fde2e1; color: inherit; border-radius: 2px; }
.card .message { margin: 4px 0; }
.card .why { margin: 4px 0; color: #3c4451; font-size: 12px; }
.card .why strong { font-weight: 650; }
.card .fixes { display: flex; flex-wrap: wrap; gap: 6px; margin-top: 6px; }
.card button.fix, .card button.fix-all {
  font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 6px 10px; border-radius: 5px; cursor: pointer; border: 1px solid #213a63;
  background: #213a63; color: #fff;
}
.card button.fix[data-safe="false"] { background: #fff; color: #213a63; }
.card button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 2px; }
.card .footer {
  display: flex; justify-content: flex-end; margin-top: 10px; border-top: 1px solid #e3e7ee; padding: 8px 0 0;
  /* In a card shrunk to a small frame, "Fix all" stays in view while the findings scroll. */
  position: sticky; bottom: -12px; background: #fff; padding-bottom: 12px; margin-bottom: -12px;
}
/* Squeezed beside the line in a small frame: the footer ("Fix all") stays whole while the rest scrolls. */
.card[data-compact] { padding: 6px 10px; scroll-padding-bottom: 44px; }
.card[data-compact] .close { top: 2px; right: 2px; }
.card[data-compact] h2 { font-size: 13px; margin-bottom: 2px; }
.card[data-compact] .summary { margin-bottom: 4px; }
.card[data-compact] .footer { margin-top: 6px; padding: 4px 0 6px; bottom: -6px; margin-bottom: -6px; }
.card .group + .group { margin-top: 8px; }
.card .group h3 { font-size: 12px; font-weight: 650; margin: 0 0 4px; color: #3c4451; }
.card .group[data-severity="error"] h3 { color: ${SEVERITY_COLORS.error}; }
.card .fixed-text { width: 100%; margin: 6px 0; font: 12px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; resize: vertical; }
.card .copy-status { margin: 6px 0 0; font-size: 12px; color: #3c4451; }
.card .copy-status:empty { display: none; }
.card button.fix-all:disabled { opacity: 0.5; cursor: default; }
.card .empty { color: #188038; margin: 0; }
.card .dismiss-actions { display: flex; flex-wrap: wrap; gap: 4px 12px; margin-top: 4px; }
.card button.dismiss {
  font: 12px/1.3 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  padding: 2px 0; border: 0; background: transparent; color: #3c4451; text-decoration: underline; cursor: pointer;
}
.card .first-message-switch { display: flex; align-items: center; gap: 6px; margin-right: auto; font-size: 12px; cursor: pointer; }
.card .first-message-switch input { margin: 0; }
/* Text in the warning colour: the underline's orange is too light for small text on white (axe, 4.5:1). */
.card .severity[data-severity="warning"] { color: ${TEXT_ON_LIGHT.warning}; }

/*
 * On a dark page (ui/color-scheme.ts sets data-scheme on the layer): the card in dark colours, the
 * underlines in lighter ones, each text colour at 4.5:1 or more on its background.
 */
.layer[data-scheme="dark"], .layer[data-scheme="dark"] .card { color: #e8eaed; }
.layer[data-scheme="dark"] .mark { border-bottom-color: ${DARK_SEVERITY_COLORS.error}; }
.layer[data-scheme="dark"] .mark[data-severity="warning"] { border-bottom-color: ${DARK_SEVERITY_COLORS.warning}; }
.layer[data-scheme="dark"] .mark[data-severity="info"] { border-bottom-color: ${DARK_SEVERITY_COLORS.info}; }
.layer[data-scheme="dark"] .marks[data-paint="highlight"] .mark { border-bottom-color: transparent; }
.layer[data-scheme="dark"] .badge { box-shadow: 0 0 0 1px rgba(255, 255, 255, 0.35); }
.layer[data-scheme="dark"] .badge:hover, .layer[data-scheme="dark"] .badge:focus-visible { outline-color: #e8eaed; }
.layer[data-scheme="dark"] .card { background: #202124; border-color: #5f6368; box-shadow: 0 6px 24px rgba(0, 0, 0, 0.6); }
.layer[data-scheme="dark"] .card .close { color: #bdc1c6; }
.layer[data-scheme="dark"] .card .close:hover { background: #3c4043; }
.layer[data-scheme="dark"] .card .summary,
.layer[data-scheme="dark"] .card .rule,
.layer[data-scheme="dark"] .card .why,
.layer[data-scheme="dark"] .card .group h3,
.layer[data-scheme="dark"] .card .copy-status,
.layer[data-scheme="dark"] .card button.dismiss { color: #bdc1c6; }
.layer[data-scheme="dark"] .card li.finding { border-top-color: #3c4043; }
.layer[data-scheme="dark"] .card .severity[data-severity="error"],
.layer[data-scheme="dark"] .card .group[data-severity="error"] h3 { color: ${DARK_SEVERITY_COLORS.error}; }
.layer[data-scheme="dark"] .card .severity[data-severity="warning"] { color: ${DARK_SEVERITY_COLORS.warning}; }
.layer[data-scheme="dark"] .card .severity[data-severity="info"] { color: ${DARK_SEVERITY_COLORS.info}; }
.layer[data-scheme="dark"] .card .excerpt { background: #2d2e31; }
.layer[data-scheme="dark"] .card .excerpt mark { background: #5c2b29; }
.layer[data-scheme="dark"] .card button.fix, .layer[data-scheme="dark"] .card button.fix-all {
  background: #8ab4f8; border-color: #8ab4f8; color: #202124;
}
.layer[data-scheme="dark"] .card button.fix[data-safe="false"] { background: transparent; color: #8ab4f8; }
.layer[data-scheme="dark"] .card button:focus-visible { outline-color: #8ab4f8; }
.layer[data-scheme="dark"] .card .footer { background: #202124; border-top-color: #3c4043; }
.layer[data-scheme="dark"] .card .fixed-text { background: #2d2e31; color: #e8eaed; border: 1px solid #5f6368; }
.layer[data-scheme="dark"] .card .empty { color: #81c995; }
`;

/** Highlight names registered with CSS.highlights (one per severity). */
export const HIGHLIGHT_NAMES = {
  error: 'sms-check-error',
  warning: 'sms-check-warning',
  info: 'sms-check-info',
} as const;

/** The same, for an editor whose text sits on a dark background (lighter colours, as the layer's). */
export const DARK_HIGHLIGHT_NAMES = {
  error: 'sms-check-error-dark',
  warning: 'sms-check-warning-dark',
  info: 'sms-check-info-dark',
} as const;

/** Added (as a constructed stylesheet) to the tree scope of each contenteditable we underline. */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.error}) { text-decoration: underline wavy ${SEVERITY_COLORS.error}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
::highlight(${HIGHLIGHT_NAMES.warning}) { text-decoration: underline wavy ${SEVERITY_COLORS.warning}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
::highlight(${HIGHLIGHT_NAMES.info}) { text-decoration: underline dotted ${SEVERITY_COLORS.info}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
::highlight(${DARK_HIGHLIGHT_NAMES.error}) { text-decoration: underline wavy ${DARK_SEVERITY_COLORS.error}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
::highlight(${DARK_HIGHLIGHT_NAMES.warning}) { text-decoration: underline wavy ${DARK_SEVERITY_COLORS.warning}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
::highlight(${DARK_HIGHLIGHT_NAMES.info}) { text-decoration: underline dotted ${DARK_SEVERITY_COLORS.info}; text-decoration-thickness: 1.5px; text-underline-offset: 2px; }
`;
