// The in-page linter's parts as built (scripts/vite-in-page-linter-plugin.ts): their paths inside
// the extension, in the order the content script imports them.
declare module 'virtual:in-page-linter-parts' {
  export const IN_PAGE_LINTER_PARTS: readonly string[];
}
