/**
 * The privacy policy inside the extension: docs/privacy.md, rendered at build time to privacy.html
 * (micromark with GitHub tables; raw HTML in the Markdown is escaped), which the options page links.
 * One text serves the repository, the store listings and the extension, so they cannot drift.
 */
import { readFileSync } from 'node:fs';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import type { Plugin } from 'vite';

export const PRIVACY_PAGE = 'privacy.html';

const STYLE = `
  :root { color-scheme: light dark; font: 15px/1.5 system-ui, sans-serif; }
  body { max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
  table { border-collapse: collapse; margin: 1rem 0; }
  th, td { border: 1px solid #8888; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
  code { font-size: 0.92em; }
`;

export function renderPrivacyPage(markdown: string): string {
  const body = micromark(markdown, { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Privacy policy: SMS Compliance Checker</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    `<body><main>${body}</main></body>`,
    '</html>',
    '',
  ].join('\n');
}

export function privacyPagePlugin(): Plugin {
  const source = new URL('../docs/privacy.md', import.meta.url);
  return {
    name: 'sms-check:privacy-page',
    apply: 'build',
    generateBundle() {
      this.addWatchFile(source.pathname);
      this.emitFile({ type: 'asset', fileName: PRIVACY_PAGE, source: renderPrivacyPage(readFileSync(source, 'utf8')) });
    },
  };
}
