import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { loadOrderOf, planParts, withPlainExports, wrapPart } from './vite-in-page-linter-plugin';

/** A module graph: each module's imports (in source order) and code size. */
function graphOf(modules: Record<string, { imports?: string[]; size: number }>) {
  return (id: string) => {
    const module = modules[id];
    return module ? { importedIds: module.imports ?? [], code: 'x'.repeat(module.size) } : null;
  };
}

describe('planParts', () => {
  it('cuts the modules, in the order they run, into parts of at most the budget', () => {
    const graph = graphOf({
      entry: { imports: ['rules', 'data'], size: 10 },
      rules: { imports: ['engine'], size: 40 },
      engine: { imports: ['lazy'], size: 50 },
      lazy: { size: 20 },
      data: { imports: ['lazy', 'huge'], size: 30 },
      huge: { size: 500 },
    });
    // Run order: lazy, engine, rules, huge, data, then the entry.
    expect([...planParts('entry', graph, 100)]).toEqual([
      ['lazy', 'part-1'],
      ['engine', 'part-1'],
      ['rules', 'part-2'],
      ['huge', 'part-3'],
      ['data', 'part-4'],
      ['entry', 'part-4'],
    ]);
  });
});

describe('loadOrderOf', () => {
  it('puts every part after the parts it imports, the entry last', () => {
    const order = loadOrderOf([
      { fileName: 'linter.js', imports: ['part-2.js', 'part-1.js'], isEntry: true },
      { fileName: 'part-1.js', imports: ['runtime.js'], isEntry: false },
      { fileName: 'part-2.js', imports: ['part-1.js', 'runtime.js'], isEntry: false },
      { fileName: 'runtime.js', imports: [], isEntry: false },
    ]);
    expect(order).toEqual(['runtime.js', 'part-1.js', 'part-2.js', 'linter.js']);
  });

  it('fails the build when parts import each other, or one is never imported', () => {
    expect(() =>
      loadOrderOf([
        { fileName: 'linter.js', imports: ['part-1.js'], isEntry: true },
        { fileName: 'part-1.js', imports: ['part-2.js'], isEntry: false },
        { fileName: 'part-2.js', imports: ['part-1.js'], isEntry: false },
      ]),
    ).toThrow("the in-page linter's parts import each other: linter.js -> part-1.js -> part-2.js -> part-1.js");
    expect(() =>
      loadOrderOf([
        { fileName: 'linter.js', imports: [], isEntry: true },
        { fileName: 'part-1.js', imports: [], isEntry: false },
      ]),
    ).toThrow('parts nothing imports: part-1.js');
  });
});

describe('wrapPart', () => {
  it("hands a part's exports to later parts through the global registry, as live bindings", () => {
    const sandbox = { globalThis: undefined as unknown, result: undefined as unknown };
    sandbox.globalThis = sandbox;
    // What the bundler's CommonJS chunks look like: getters on exports, require() of earlier chunks.
    const first = wrapPart(
      'src/content/in-page-linter/part-1.js',
      'let count = 0; function bump() { count++; }\n' +
        'Object.defineProperty(exports, "count", { enumerable: true, get: function() { return count; } });\n' +
        'Object.defineProperty(exports, "bump", { enumerable: true, get: function() { return bump; } });',
    );
    const second = wrapPart(
      'src/content/in-page-linter/linter.js',
      'const part1 = require("./part-1.js"); part1.bump(); part1.bump(); globalThis.result = part1.count;',
    );
    runInNewContext(first, sandbox);
    runInNewContext(second, sandbox);
    expect(sandbox.result).toBe(2);
  });

  it('names the part that is missing when a later part needs it', () => {
    const sandbox = { globalThis: undefined as unknown };
    sandbox.globalThis = sandbox;
    const alone = wrapPart('src/content/in-page-linter/linter.js', 'require("./part-1.js");');
    expect(() => runInNewContext(alone, sandbox)).toThrow("the in-page linter's ./part-1.js is not loaded");
  });
});

describe('withPlainExports', () => {
  const getter = (name: string, local: string) =>
    `Object.defineProperty(exports,${JSON.stringify(name)},{enumerable:!0,get:function(){return ${local}}})`;

  it('exports a binding nothing assigns as a plain property, and keeps the getter of one that changes', () => {
    const code =
      'const rules=[1,2];let count=0;function bump(){count++}let [a]=[1];function swap(){[a]=[2]}\n' +
      `${getter('r', 'rules')},${getter('c', 'count')},${getter('b', 'bump')},${getter('a', 'a')};`;
    const rewritten = withPlainExports('part.js', code);
    expect(rewritten).toMatchObject({ plain: 2, getters: 2 });
    const exports: Record<string, unknown> = {};
    new Function('exports', rewritten.code)(exports);
    const bump = exports.b as () => void;
    expect(Object.getOwnPropertyDescriptor(exports, 'r')).toMatchObject({ value: [1, 2], writable: true });
    expect(Object.getOwnPropertyDescriptor(exports, 'b')?.value).toBeTypeOf('function');
    // The changing ones stay live.
    expect(exports.c).toBe(0);
    bump();
    expect(exports.c).toBe(1);
    expect(Object.getOwnPropertyDescriptor(exports, 'c')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(exports, 'a')?.get).toBeTypeOf('function');
  });

  it('leaves a chunk without such exports as it was, apart from a line at its end', () => {
    const code = 'exports.x=1;Object.defineProperty(exports,"y",{value:2});';
    expect(withPlainExports('part.js', code)).toEqual({ code: `${code}\n`, plain: 0, getters: 0 });
  });
});
