// The CLI build's inlined compiled dictionaries (scripts/vite-dictionary-plugin.ts): base64 text.
declare module 'virtual:compiled-dictionary/*' {
  const base64: string;
  export default base64;
}
