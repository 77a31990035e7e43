import { isMap, isScalar, isSeq, parseDocument, YAMLSeq, type Document, type YAMLMap } from 'yaml';

// Every edit of the studio, from the form or the graph, is an edit of the YAML text through the `yaml`
// Document API, so comments and the trainer's layout survive and the code view stays the one truth.

export type DocPath = ReadonlyArray<string | number>;

/** A change that could not be made, as data for the UI to word in its language. */
export interface EditRefusal {
  refused: 'yaml-broken' | 'id-taken' | 'id-invalid' | 'not-found';
}

export type EditResult = string | EditRefusal;

const NODE_ID = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;
const CHOICE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Parse text into a Document, or null when the YAML itself is broken (the form then waits for the code view). */
export function parseDoc(text: string): Document | null {
  const doc = parseDocument(text, { prettyErrors: false });
  return doc.errors.length > 0 ? null : doc;
}

function render(doc: Document): string {
  return doc.toString({ lineWidth: 0 });
}

function edit(text: string, change: (doc: Document) => EditRefusal | void): EditResult {
  const doc = parseDoc(text);
  if (!doc) return { refused: 'yaml-broken' };
  const refusal = change(doc);
  return refusal ?? render(doc);
}

/** Set the value at a path (creating maps on the way); `undefined` removes the key. */
export function setField(text: string, path: DocPath, value: unknown): EditResult {
  return edit(text, (doc) => {
    if (value === undefined) doc.deleteIn(path);
    else doc.setIn(path, value);
  });
}

function nodesOf(doc: Document): YAMLMap | null {
  const nodes = doc.get('nodes', true);
  return isMap(nodes) ? nodes : null;
}

/** Tell whether an id is acceptable as a node id. */
export function isNodeId(id: string): boolean {
  return NODE_ID.test(id);
}

/** Tell whether an id is acceptable as a choice id. */
export function isChoiceId(id: string): boolean {
  return CHOICE_ID.test(id);
}

/** Rename a node and every reference to it: `start`, each `to:` and each `next[].to`. */
export function renameNode(text: string, from: string, to: string): EditResult {
  if (!isNodeId(to)) return { refused: 'id-invalid' };
  return edit(text, (doc) => {
    const nodes = nodesOf(doc);
    if (!nodes) return { refused: 'not-found' };
    const pair = nodes.items.find((p) => keyText(p.key) === from);
    if (!pair) return { refused: 'not-found' };
    if (from !== to && nodes.items.some((p) => keyText(p.key) === to)) return { refused: 'id-taken' };
    if (isScalar(pair.key)) pair.key.value = to;
    else pair.key = doc.createNode(to);
    if (doc.get('start') === from) doc.set('start', to);
    forEachTarget(nodes, (holder) => {
      if (holder.get('to') === from) holder.set('to', to);
    });
  });
}

/** Count the replies that lead to a node (for the question asked before deleting it). */
export function countReferences(text: string, id: string): number {
  const doc = parseDoc(text);
  const nodes = doc && nodesOf(doc);
  let n = 0;
  if (nodes) forEachTarget(nodes, (holder) => void (holder.get('to') === id && n++));
  return n;
}

/** Remove a node; replies that led to it keep their target, which the studio then shows as broken. */
export function deleteNode(text: string, id: string): EditResult {
  return edit(text, (doc) => {
    const nodes = nodesOf(doc);
    if (!nodes?.has(id)) return { refused: 'not-found' };
    nodes.delete(id);
  });
}

/** Add a node at the end of `nodes`. */
export function addNode(text: string, id: string, node: Record<string, unknown>): EditResult {
  if (!isNodeId(id)) return { refused: 'id-invalid' };
  return edit(text, (doc) => {
    const nodes = nodesOf(doc);
    if (!nodes) return { refused: 'not-found' };
    if (nodes.has(id)) return { refused: 'id-taken' };
    nodes.set(id, doc.createNode(node));
  });
}

/** Add a reply to a node (after `after`, else at the end); a node that was an ending stops being one. */
export function addChoice(text: string, nodeId: string, choice: Record<string, unknown>, after?: number): EditResult {
  return edit(text, (doc) => {
    const node = nodesOf(doc)?.get(nodeId, true);
    if (!isMap(node)) return { refused: 'not-found' };
    const existing: unknown = node.get('choices', true);
    const seq = isSeq(existing) ? existing : new YAMLSeq();
    if (!isSeq(existing)) node.set('choices', seq);
    const ids = new Set(seq.items.map((c) => (isMap(c) ? String(c.get('id')) : '')));
    if (ids.has(String(choice.id))) return { refused: 'id-taken' };
    const item = doc.createNode(choice);
    seq.items.splice(after === undefined ? seq.items.length : after + 1, 0, item);
    node.delete('end');
  });
}

/** Remove the reply at `index` of a node. */
export function deleteChoice(text: string, nodeId: string, index: number): EditResult {
  return edit(text, (doc) => {
    const choices = doc.getIn(['nodes', nodeId, 'choices'], true);
    if (!isSeq(choices) || index < 0 || index >= choices.items.length) return { refused: 'not-found' };
    choices.items.splice(index, 1);
  });
}

/** One way out of a reply: a target and an optional mood guard. */
export interface Target {
  to: string;
  when?: { moodAtLeast: number } | { moodBelow: number };
}

/** Set where a reply leads: one unguarded target is written `to:`, anything else `next:`. */
export function setTargets(text: string, nodeId: string, index: number, targets: readonly Target[]): EditResult {
  return edit(text, (doc) => {
    const choice = doc.getIn(['nodes', nodeId, 'choices', index], true);
    if (!isMap(choice) || targets.length === 0) return { refused: 'not-found' };
    const only = targets.length === 1 && !targets[0]!.when;
    if (only) {
      choice.delete('next');
      choice.set('to', targets[0]!.to);
    } else {
      choice.delete('to');
      choice.set('next', doc.createNode(targets.map((t) => (t.when ? { when: t.when, to: t.to } : { to: t.to }))));
    }
  });
}

/** Turn a node into an ending with an outcome (dropping its replies), or `null` back into a turn with one reply. */
export function setEnding(text: string, nodeId: string, outcome: string | null, firstChoice: Record<string, unknown>): EditResult {
  return edit(text, (doc) => {
    const node = nodesOf(doc)?.get(nodeId, true);
    if (!isMap(node)) return { refused: 'not-found' };
    if (outcome) {
      node.delete('choices');
      node.set('end', outcome);
    } else if (!node.has('choices')) {
      node.delete('end');
      node.set('choices', doc.createNode([firstChoice]));
    }
  });
}

function keyText(key: unknown): string {
  return isScalar(key) ? String(key.value) : String(key);
}

// Visit every map that holds a `to:` — a choice, or an entry of a choice's `next`.
function forEachTarget(nodes: YAMLMap, visit: (holder: YAMLMap) => void): void {
  for (const pair of nodes.items) {
    const choices = isMap(pair.value) ? pair.value.get('choices', true) : null;
    if (!isSeq(choices)) continue;
    for (const c of choices.items) {
      if (!isMap(c)) continue;
      visit(c);
      const next = c.get('next', true);
      if (isSeq(next)) for (const t of next.items) if (isMap(t)) visit(t);
    }
  }
}
