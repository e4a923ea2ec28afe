// The layout holds: no import cycles, each folder imports only what lies below it, and hub event and method names are
// written once (src/live/hubContract.ts). Reads the sources as text (Vite's import.meta.glob), so it runs with the unit
// tests and needs no tool of its own.
import { describe, expect, it } from 'vitest';
import { hubEvents, hubMethods } from '../src/live/hubContract';

const sources = import.meta.glob<string>(['../src/**/*.ts', '!../src/api/generated/**'], { query: '?raw', import: 'default', eager: true });

/** 'src/…/x.ts' → its text. */
const files = new Map(Object.entries(sources).map(([path, text]) => [path.replace(/^\.\.\//, ''), text]));

/** Relative imports and re-exports, type-only ones too (a cycle of types is still a cycle to read). */
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?\bfrom\s+['"](\.[^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
  const parts = from.split('/').slice(0, -1);
  for (const p of spec.split('/')) {
    if (p === '..') parts.pop();
    else if (p !== '.') parts.push(p);
  }
  const base = parts.join('/');
  for (const candidate of [base, `${base}.ts`, `${base}/index.ts`]) if (files.has(candidate)) return candidate;
  return null; // CSS, or the generated contract
}

const graph = new Map<string, string[]>();
for (const [path, text] of files) {
  const deps: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const target = resolve(path, m[1]!);
    if (target) deps.push(target);
  }
  graph.set(path, deps);
}

/** Every import cycle, each as the path that closes it (a → b → a). */
function cycles(): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): void => {
    state.set(f, 'open');
    stack.push(f);
    for (const d of graph.get(f) ?? []) {
      if (state.get(d) === 'open') found.push([...stack.slice(stack.indexOf(d)), d]);
      else if (!state.has(d)) visit(d);
    }
    stack.pop();
    state.set(f, 'done');
  };
  for (const f of graph.keys()) if (!state.has(f)) visit(f);
  return found;
}

/** The folder a file belongs to, as the layering reads it. */
function layer(path: string): string {
  const [, top] = path.split('/');
  return top!.endsWith('.ts') ? 'entry' : top!;
}

/** What each folder may import besides itself: the lower layers. Features may use each other (acyclic, see above). */
const MAY_IMPORT: Record<string, readonly string[]> = {
  util: [],
  api: [],
  live: ['api'],
  map: ['api', 'util'],
  shared: ['api', 'live', 'map', 'util'],
  features: ['api', 'live', 'map', 'shared', 'util'],
  pages: ['api', 'live', 'map', 'shared', 'util', 'features'],
  styles: [],
  entry: ['api', 'live', 'map', 'shared', 'util', 'features', 'pages'],
};

describe('the layout', () => {
  it('has sources to read', () => {
    expect(files.size).toBeGreaterThan(100);
    expect(files.has('src/live/hubContract.ts')).toBe(true);
  });

  it('has no import cycles', () => {
    expect(cycles().map((c) => c.join(' → '))).toEqual([]);
  });

  it('imports only downwards: shared, live, map and api know no feature, and no feature knows a page', () => {
    const wrong: string[] = [];
    for (const [from, deps] of graph) {
      const own = layer(from);
      const allowed = MAY_IMPORT[own];
      expect(allowed, `a layer for ${from}`).toBeDefined();
      for (const to of deps) if (layer(to) !== own && !allowed!.includes(layer(to))) wrong.push(`${from} → ${to}`);
    }
    expect(wrong).toEqual([]);
  });

  it('names each hub event and hub method in the hub contract alone', () => {
    const names = [...Object.values(hubEvents), ...Object.values(hubMethods)];
    const literals: string[] = [];
    for (const [path, text] of files) {
      if (path === 'src/live/hubContract.ts') continue;
      for (const name of names) if (text.includes(`'${name}'`) || text.includes(`"${name}"`) || text.includes(`\`${name}\``)) literals.push(`${path}: ${name}`);
    }
    expect(literals).toEqual([]);
  });
});
