// Maps a location in a bundled OpenAPI document back to the source YAML file, line and column where
// the node is written. A bundler inlines some `$ref`s and turns others into `#/components/...`
// references, so the map is built by walking the bundle and the source files side by side: where the
// source has a `$ref` to a file, the walk continues in that file, and where the bundle kept a
// `#/components/...` reference instead, that component of the bundle is walked against the file too.
// Every bundle node the walk reaches is recorded; a finding on a node the bundle has but the source
// does not (a field that is missing) lands on the deepest node that is written.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';

export interface SourcePosition {
  /** absolute path of the YAML file */
  file: string;
  /** 1-based */
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

interface SourceFile {
  root: YamlNode | null;
  lines: LineCounter;
}

/** A node of a source file, with the key it is written under when that key is in the same file. */
interface Loc {
  file: string;
  node: YamlNode | null;
  key?: YamlNode;
}

type Json = unknown;

const encode = (key: string | number) => String(key).replace(/~/g, '~0').replace(/\//g, '~1');
const decode = (key: string) => decodeURIComponent(key).replace(/~1/g, '/').replace(/~0/g, '~');
const pointerOf = (path: (string | number)[]) => path.map(encode).join('/');
const keysOf = (pointer: string) => (pointer === '' ? [] : pointer.split('/').map(decode));

export class SourceMap {
  private readonly files = new Map<string, SourceFile>();
  private readonly nodes = new Map<string, Loc>();
  private readonly walkedComponents = new Set<string>();

  /** `bundle` is the bundled form of the YAML document `rootFile` (absolute path). */
  constructor(
    private readonly bundle: Json,
    rootFile: string,
  ) {
    this.walk(bundle, [], { file: rootFile, node: this.load(rootFile).root });
  }

  /** Where the node at `path` of the bundle (as Spectral reports it) is written. */
  locate(path: (string | number)[]): SourcePosition {
    for (let n = path.length; n >= 0; n--) {
      const loc = this.nodes.get(pointerOf(path.slice(0, n)));
      if (loc) return this.position(loc);
    }
    throw new Error('the bundle root has no source location');
  }

  private load(file: string): SourceFile {
    let source = this.files.get(file);
    if (!source) {
      const lines = new LineCounter();
      const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, uniqueKeys: false });
      source = { root: doc.contents, lines };
      this.files.set(file, source);
    }
    return source;
  }

  // A scalar is reported where its value is written; a map or list on the line of its key (the
  // `post:` of an operation, the `application/json:` of a media type), else where it starts.
  private position(loc: Loc): SourcePosition {
    const { lines } = this.load(loc.file);
    const at = isScalar(loc.node) || !loc.key ? loc.node : loc.key;
    const range = at?.range ?? [0, 0, 0];
    const start = lines.linePos(range[0]);
    const end = lines.linePos(range[1]);
    return { file: loc.file, line: start.line, column: start.col, endLine: end.line, endColumn: end.col };
  }

  /** The target of a `$ref` written in `file`: another file, a node inside one, or a node of the same file. */
  private follow(file: string, ref: string): Loc | undefined {
    const hash = ref.indexOf('#');
    const path = hash < 0 ? ref : ref.slice(0, hash);
    const fragment = hash < 0 ? '' : ref.slice(hash + 1);
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(path)) return undefined;
    const target = path ? resolve(dirname(file), decodeURI(path)) : file;
    let node: YamlNode | null | undefined;
    try {
      node = this.load(target).root;
    } catch {
      return undefined;
    }
    let key: YamlNode | undefined;
    for (const k of keysOf(fragment.replace(/^\//, ''))) {
      const child = childNode(node, k);
      if (!child) return undefined;
      ({ node, key } = child);
    }
    return { file: target, node: node ?? null, ...(fragment && key ? { key } : {}) };
  }

  /** The `$ref` a source node is, when it is one. */
  private refOf(loc: Loc): string | undefined {
    if (!isMap(loc.node)) return undefined;
    const ref = childNode(loc.node, '$ref')?.node;
    return isScalar(ref) && typeof ref.value === 'string' ? ref.value : undefined;
  }

  private walk(value: Json, path: (string | number)[], loc: Loc): void {
    const ref = this.refOf(loc);
    const bundledRef = isObject(value) && typeof value.$ref === 'string' && value.$ref.startsWith('#/') ? value.$ref : undefined;
    let target = ref === undefined ? undefined : this.follow(loc.file, ref);
    if (!bundledRef) {
      // A file that is only a `$ref` to another one: the bundler inlines the end of the chain.
      for (let hops = 0; target && hops < 32; hops++) {
        const next = this.refOf(target);
        if (next === undefined) break;
        target = this.follow(target.file, next);
      }
    }
    // Inlined by the bundler: the node is written in the target file; the ref's siblings stay where they are.
    const content = target && !bundledRef ? target : loc;
    const pointer = pointerOf(path);
    if (!this.nodes.has(pointer)) this.nodes.set(pointer, content);
    if (target && bundledRef) {
      // The bundle refers to a component instead: that component is written where the source ref points.
      const componentPointer = bundledRef.slice(2);
      if (!this.walkedComponents.has(componentPointer)) {
        this.walkedComponents.add(componentPointer);
        const keys = keysOf(componentPointer);
        this.walk(nodeAt(this.bundle, keys), keys, target);
      }
    }
    const childLoc = (key: string | number): Loc | undefined => {
      const own = content !== loc && key !== '$ref' ? childNode(loc.node, key) : undefined;
      if (own) return { file: loc.file, ...own };
      const inner = childNode(content.node, key);
      return inner && { file: content.file, ...inner };
    };
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const child = childLoc(i);
        if (child) this.walk(item, [...path, i], child);
      });
    } else if (isObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        const child = childLoc(key);
        if (child) this.walk(item, [...path, key], child);
      }
    }
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodeAt(doc: Json, keys: string[]): Json {
  let node = doc;
  for (const key of keys) node = Array.isArray(node) ? node[Number(key)] : isObject(node) ? node[key] : undefined;
  return node;
}

/** The child of a YAML map (by key) or list (by index), with the key node it is written under. */
function childNode(node: YamlNode | null | undefined, key: string | number): { node: YamlNode | null; key?: YamlNode } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(key));
    if (!pair) return undefined;
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    return { node: (pair.value as YamlNode | null) ?? null, ...(keyNode ? { key: keyNode } : {}) };
  }
  if (isSeq(node)) {
    const item = node.items[Number(key)];
    return item === undefined ? undefined : { node: item as YamlNode };
  }
  return undefined;
}
