// Completion for the YAML code view from the scenario JSON Schema: the path at the cursor is read from
// indentation (it must work while the text is half-typed and does not parse), then the schema gives the
// keys allowed there, or the values allowed for the key being written.

export interface SchemaNode {
  type?: string | string[];
  properties?: Record<string, SchemaNode>;
  additionalProperties?: SchemaNode | boolean;
  items?: SchemaNode;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  oneOf?: SchemaNode[];
  description?: string;
}

export interface CursorContext {
  /** Keys from the root to the mapping being written in; `[]` stands for a list item. */
  path: string[];
  /** The key whose value is being written, or null when a key is being written. */
  valueOf: string | null;
  /** What is typed so far of the key or value. */
  prefix: string;
}

const KEY_LINE = /^(\s*)(-\s+)?([A-Za-z_$][\w$-]*)?$/;
const VALUE_LINE = /^(\s*)(-\s+)?([A-Za-z_$][\w$-]*):\s*(\S*)$/;
const PARENT = /^(\s*)(-\s+)?(?:([A-Za-z_$][\w$-]*):\s*(#.*)?)?$/;

/** Read where the cursor stands in a YAML text from the lines above it. */
export function cursorContext(text: string, pos: number): CursorContext | null {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  const before = text.slice(lineStart, pos);
  const value = VALUE_LINE.exec(before);
  const key = value ? null : KEY_LINE.exec(before);
  const m = value ?? key;
  if (!m) return null;
  let indent = m[1]!.length + (m[2] ? m[2].length : 0);
  const path: string[] = [];
  if (m[2]) path.unshift('[]');
  let end = lineStart - 1;
  while (end > 0 && indent > 0) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const lead = line.length - line.trimStart().length;
    const p = PARENT.exec(line);
    const dash = /^(\s*)-\s+/.exec(line);
    const itemIndent = dash ? dash[0].length : lead;
    if (itemIndent < indent && p && p[3] && !dash) {
      path.unshift(p[3]);
      indent = lead;
    } else if (dash && lead < indent) {
      path.unshift('[]');
      indent = lead;
      if (p?.[3]) continue;
    }
  }
  return { path, valueOf: value ? value[3]! : null, prefix: value ? value[4]! : (key![3] ?? '') };
}

function merged(node: SchemaNode | undefined): SchemaNode | undefined {
  const alts = node?.anyOf ?? node?.oneOf;
  if (!node || !alts) return node;
  const properties: Record<string, SchemaNode> = { ...node.properties };
  for (const a of alts) Object.assign(properties, merged(a)?.properties);
  return { ...node, properties };
}

/** Follow a path through the schema (`[]` = list items; unknown keys of a record = its value schema). */
export function schemaAt(root: SchemaNode, path: readonly string[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = merged(root);
  for (const seg of path) {
    if (!node) return undefined;
    if (seg === '[]') node = merged(node.items);
    else if (node.properties && Object.hasOwn(node.properties, seg)) node = merged(node.properties[seg]);
    else node = typeof node.additionalProperties === 'object' ? merged(node.additionalProperties) : undefined;
  }
  return node;
}

export interface Suggestion {
  label: string;
  detail?: string;
  kind: 'key' | 'value';
}

/** The keys or values the schema allows at the cursor; `nodeIds` completes `start:` and `to:`. */
export function suggest(root: SchemaNode, ctx: CursorContext, nodeIds: readonly string[]): Suggestion[] {
  const here = schemaAt(root, ctx.path);
  if (ctx.valueOf === null) {
    return Object.entries(here?.properties ?? {}).map(([label, s]) => ({ label, kind: 'key' as const, ...(s.description ? { detail: s.description } : {}) }));
  }
  if (ctx.valueOf === 'start' || ctx.valueOf === 'to') return nodeIds.map((label) => ({ label, kind: 'value' }));
  const field = schemaAt(root, [...ctx.path, ctx.valueOf]);
  const values = [...(field?.enum ?? []), ...(field?.const !== undefined ? [field.const] : []), ...(field?.anyOf ?? []).flatMap((a) => a.enum ?? (a.const !== undefined ? [a.const] : []))];
  if (field?.type === 'boolean') values.push(true, false);
  return values.map((v) => ({ label: String(v), kind: 'value' }));
}
