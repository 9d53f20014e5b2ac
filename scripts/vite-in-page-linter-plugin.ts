/**
 * The in-page linter (src/content/in-page-linter.ts: the rules library, about 420 KB minified) as
 * a few files that the content script imports one at a time (content/in-page-linter-loader.ts), so
 * that compiling and evaluating it is several short tasks instead of one of 57-83 ms on a busy
 * machine (docs/performance.md).
 *
 * Why not ES modules that import each other: Chrome serves a web-accessible resource with
 * `use_dynamic_url` at a per-session random host, but a module fetched there gets the extension's
 * fixed URL as its own, so its relative imports ask for the fixed URL, which Chrome refuses to the
 * page (checked in Chromium 156). So the parts are bundled as CommonJS chunks, each wrapped here in
 * a function that hands its exports to the next parts through a registry on the content script's
 * isolated world's global (never the page's); every part is imported by its own dynamic URL.
 * Exports are plain properties where a binding cannot change, getters (live) where it can
 * (withPlainExports).
 *
 * The modules are cut in the order they run (each after what it imports) into parts of about
 * PART_BUDGET characters of code, so a part only needs parts before it; the build fails if two
 * parts need each other. The background learns the parts' paths, in load order, from
 * `virtual:in-page-linter-parts`, and the manifest exposes exactly these files to pages
 * (vite.config.ts).
 */
import { build, type ESTree, minifySync, type Plugin, parseSync, type ResolvedConfig, type Rolldown } from 'vite';

export const IN_PAGE_LINTER_PARTS_MODULE = 'virtual:in-page-linter-parts';
const RESOLVED_PARTS_MODULE = `\0${IN_PAGE_LINTER_PARTS_MODULE}`;
/** Where the parts go in the extension. */
export const IN_PAGE_LINTER_DIRECTORY = 'src/content/in-page-linter';
const ENTRY = 'src/content/in-page-linter.ts';
/** Where the parts leave their exports: a key of the isolated world's global (lint-protocol.ts has the linter's). */
const REGISTRY_KEY = 'sms-compliance-checker.in-page-linter.parts';
/**
 * Characters of the modules' code (before minifying) per part: ten files. A part's import took at
 * most 3-7 ms on a first page at load average 1-2 and 11-21 ms at 5-12; parts of 160,000 (seven
 * files) took over no sooner, with tasks up to 18 ms. See docs/performance.md.
 */
const PART_BUDGET = 100_000;

export interface InPageLinterParts {
  /** Paths inside the extension, in the order the content script imports them (the entry last). */
  loadOrder: string[];
  files: { fileName: string; code: string }[];
}

type ModuleGraph = (id: string) => { importedIds: readonly string[]; code: string | null } | null;

/**
 * Each module's part: the modules in the order they run (depth first, imports before importers),
 * cut into consecutive runs of at most `budget` characters (a larger module is a part of its own).
 * The entry runs last, so it is in the last part, which the bundler names after it.
 */
export function planParts(entry: string, graph: ModuleGraph, budget: number): Map<string, string> {
  const runOrder: string[] = [];
  const seen = new Set<string>();
  const visit = (id: string): void => {
    if (seen.has(id)) return;
    seen.add(id);
    for (const imported of graph(id)?.importedIds ?? []) visit(imported);
    runOrder.push(id);
  };
  visit(entry);
  const plan = new Map<string, string>();
  let part = 1;
  let used = 0;
  for (const id of runOrder) {
    const size = graph(id)?.code?.length ?? 0;
    if (used > 0 && used + size > budget) {
      part++;
      used = 0;
    }
    used += size;
    plan.set(id, `part-${part}`);
  }
  return plan;
}

/** The chunks in an order where each comes after every chunk it imports; throws on a cycle. */
export function loadOrderOf(
  chunks: readonly { fileName: string; imports: readonly string[]; isEntry: boolean }[],
): string[] {
  const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`the in-page linter build made ${entries.length} entry chunks, not one`);
  const order: string[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (fileName: string, path: readonly string[]): void => {
    const seen = state.get(fileName);
    if (seen === 'done') return;
    if (seen === 'visiting') {
      throw new Error(`the in-page linter's parts import each other: ${[...path, fileName].join(' -> ')}`);
    }
    state.set(fileName, 'visiting');
    const chunk = byName.get(fileName);
    if (chunk === undefined) throw new Error(`the in-page linter imports ${fileName}, which the build did not make`);
    for (const imported of chunk.imports) visit(imported, [...path, fileName]);
    state.set(fileName, 'done');
    order.push(fileName);
  };
  visit((entries[0] as { fileName: string }).fileName, []);
  const unused = chunks.filter((chunk) => !state.has(chunk.fileName)).map((chunk) => chunk.fileName);
  if (unused.length > 0) throw new Error(`the in-page linter build made parts nothing imports: ${unused.join(', ')}`);
  return order;
}

type Node = { type: string; start: number; end: number } & Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/** Every name a pattern (an assignment's target, a for-in/of head) writes to. */
function patternNames(pattern: unknown, names: Set<string>): void {
  if (!isNode(pattern)) return;
  if (pattern.type === 'Identifier') names.add(pattern.name as string);
  else if (pattern.type === 'ArrayPattern')
    for (const element of pattern.elements as unknown[]) patternNames(element, names);
  else if (pattern.type === 'ObjectPattern') {
    for (const property of pattern.properties as Node[]) {
      patternNames(property.type === 'RestElement' ? property.argument : property.value, names);
    }
  } else if (pattern.type === 'RestElement') patternNames(pattern.argument, names);
  else if (pattern.type === 'AssignmentPattern') patternNames(pattern.left, names);
}

/** Names assigned anywhere in the code after their declaration, in any scope (so: conservatively). */
function assignedNames(program: Node): Set<string> {
  const names = new Set<string>();
  const visit = (node: Node): void => {
    if (node.type === 'AssignmentExpression') patternNames(node.left, names);
    else if (node.type === 'UpdateExpression') patternNames(node.argument, names);
    else if ((node.type === 'ForInStatement' || node.type === 'ForOfStatement') && isNode(node.left)) {
      if (node.left.type !== 'VariableDeclaration') patternNames(node.left, names);
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const item of value) if (isNode(item)) visit(item);
      } else if (isNode(value)) visit(value);
    }
  };
  visit(program);
  return names;
}

/** `Object.defineProperty(exports, "name", { enumerable: true, get: function() { return local; } })`. */
function exportGetter(node: Node): { name: string; local: string } | null {
  if (node.type !== 'CallExpression') return null;
  const callee = node.callee as Node;
  const [target, key, descriptor] = node.arguments as Node[];
  if (
    callee.type !== 'MemberExpression' ||
    (callee.object as Node).type !== 'Identifier' ||
    (callee.object as Node).name !== 'Object' ||
    (callee.property as Node).name !== 'defineProperty' ||
    target?.type !== 'Identifier' ||
    target.name !== 'exports' ||
    key?.type !== 'Literal' ||
    typeof key.value !== 'string' ||
    descriptor?.type !== 'ObjectExpression'
  ) {
    return null;
  }
  const getter = (descriptor.properties as Node[]).find(
    (property) => (property.key as Node | undefined)?.name === 'get',
  );
  const body = ((getter?.value as Node | undefined)?.body as Node | undefined)?.body as Node[] | undefined;
  const returned = body?.length === 1 && body[0]?.type === 'ReturnStatement' ? (body[0].argument as Node | null) : null;
  if (returned?.type !== 'Identifier') return null;
  return { name: key.value, local: returned.name as string };
}

/**
 * The bundler's CommonJS chunks export every binding as a getter, so that it stays live. Reading a
 * getter is a function call, paid on every use from another part while the code is not yet
 * optimized (a keystroke's lint crosses parts many times). A binding never assigned after its
 * declaration (no assignment to its name anywhere in the chunk) cannot change once the chunk has
 * run, so it is exported as a plain property set at the end of the chunk; the others keep their
 * getters.
 */
export function withPlainExports(fileName: string, code: string): { code: string; plain: number; getters: number } {
  const parsed = parseSync(fileName, code);
  if (parsed.errors.length > 0)
    throw new Error(`could not read the in-page linter's ${fileName}: ${parsed.errors[0]?.message}`);
  const program = parsed.program as unknown as ESTree.Program & Node;
  const assigned = assignedNames(program);
  const removed: { start: number; end: number }[] = [];
  const plainExports: string[] = [];
  let getters = 0;
  for (const statement of program.body as unknown as Node[]) {
    if (statement.type !== 'ExpressionStatement') continue;
    const expression = statement.expression as Node;
    const calls = expression.type === 'SequenceExpression' ? (expression.expressions as Node[]) : [expression];
    for (const call of calls) {
      const exported = exportGetter(call);
      if (exported === null) continue;
      if (assigned.has(exported.local)) {
        getters++;
        continue;
      }
      removed.push({ start: call.start, end: call.end });
      plainExports.push(`exports[${JSON.stringify(exported.name)}]=${exported.local};`);
    }
  }
  let rewritten = code;
  for (const span of removed.sort((a, b) => b.start - a.start)) {
    rewritten = `${rewritten.slice(0, span.start)}void 0${rewritten.slice(span.end)}`;
  }
  return {
    code: `${rewritten}
${plainExports.join('')}`,
    plain: plainExports.length,
    getters,
  };
}

/**
 * A CommonJS chunk as a script that runs on import: its `require('./part-1.js')` reads what the
 * earlier part left in the registry, and its exports are put there under its own file name before
 * its code runs (the bundler adds them as getters).
 */
export function wrapPart(fileName: string, code: string): string {
  const name = JSON.stringify(fileName.slice(fileName.lastIndexOf('/') + 1));
  return [
    `(()=>{const parts=globalThis[Symbol.for(${JSON.stringify(REGISTRY_KEY)})]??={};`,
    `const module={exports:{}};let exports=module.exports;parts[${name}]=exports;`,
    'const require=(path)=>{const part=parts[path.slice(path.lastIndexOf("/")+1)];',
    `if(part===undefined)throw new Error("the in-page linter's "+path+" is not loaded");return part};\n`,
    code,
    `\nparts[${name}]=module.exports})();\n`,
  ].join('');
}

async function buildParts(config: ResolvedConfig): Promise<InPageLinterParts> {
  const entry = `${config.root}/${ENTRY}`;
  let plan: Map<string, string> | null = null;
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: config.root,
    mode: config.mode,
    resolve: config.resolve,
    define: config.define,
    plugins: [],
    build: {
      write: false,
      emptyOutDir: false,
      // Minified below, part by part, once the exports are rewritten: in the bundler's readable output
      // a name assigned in some function is rarely also an export's (withPlainExports).
      minify: false,
      sourcemap: false,
      target: config.build.target,
      modulePreload: false,
      rollupOptions: {
        input: { linter: entry },
        preserveEntrySignatures: false,
        output: {
          format: 'cjs',
          // Short names for what one part exports to another, as the minifier would give them.
          minifyInternalExports: true,
          entryFileNames: `${IN_PAGE_LINTER_DIRECTORY}/[name].js`,
          chunkFileNames: `${IN_PAGE_LINTER_DIRECTORY}/[name].js`,
          codeSplitting: {
            includeDependenciesRecursively: false,
            groups: [
              {
                debugName: 'in-page linter parts',
                name: (id, context) => {
                  plan ??= planParts(entry, (module) => context.getModuleInfo(module), PART_BUDGET);
                  return plan.get(id) ?? null;
                },
              },
            ],
          },
        },
      },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap(
    (output) => (output as Rolldown.RolldownOutput).output,
  );
  const chunks = outputs.filter((output): output is Rolldown.OutputChunk => output.type === 'chunk');
  const others = outputs.filter((output) => output.type !== 'chunk').map((output) => output.fileName);
  if (others.length > 0)
    throw new Error(`the in-page linter build made files other than scripts: ${others.join(', ')}`);
  return {
    loadOrder: loadOrderOf(chunks),
    files: chunks.map((chunk) => {
      const code = wrapPart(chunk.fileName, withPlainExports(chunk.fileName, chunk.code).code);
      if (!config.build.minify) return { fileName: chunk.fileName, code };
      const minified = minifySync(chunk.fileName, code);
      if (minified.errors.length > 0) {
        throw new Error(`could not minify the in-page linter's ${chunk.fileName}: ${minified.errors[0]?.message}`);
      }
      return { fileName: chunk.fileName, code: minified.code };
    }),
  };
}

/**
 * Builds the parts once per build and emits them. `virtual:in-page-linter-parts` exports their
 * paths in load order as IN_PAGE_LINTER_PARTS. The dev server (crxjs serve mode) gets an empty list:
 * its pages lint in the background only.
 */
export function inPageLinterPlugin(): Plugin & { parts(): Promise<InPageLinterParts> } {
  let config: ResolvedConfig | undefined;
  let built: Promise<InPageLinterParts> | undefined;
  const parts = (): Promise<InPageLinterParts> => {
    if (config === undefined) throw new Error('the in-page linter is built after the configuration is resolved');
    built ??= buildParts(config);
    return built;
  };
  return {
    name: 'sms-check:in-page-linter',
    parts,
    configResolved(resolved) {
      config = resolved;
    },
    resolveId(id) {
      return id === IN_PAGE_LINTER_PARTS_MODULE ? RESOLVED_PARTS_MODULE : null;
    },
    async load(id) {
      if (id !== RESOLVED_PARTS_MODULE) return null;
      const loadOrder = config?.command === 'build' ? (await parts()).loadOrder : [];
      return `export const IN_PAGE_LINTER_PARTS = ${JSON.stringify(loadOrder)};`;
    },
    async generateBundle() {
      if (config?.command !== 'build') return;
      for (const file of (await parts()).files) {
        this.emitFile({ type: 'asset', fileName: file.fileName, source: file.code });
      }
    },
  };
}
