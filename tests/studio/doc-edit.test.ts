import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { addChoice, addNode, countReferences, deleteChoice, deleteNode, renameNode, setEnding, setField, setTargets } from '../../src/studio/doc-edit.ts';
import { loadScenario } from '../../engine/index.ts';
import { BASE_YAML } from '../load/base-yaml.ts';

const text = (r: unknown): string => {
  if (typeof r !== 'string') throw new Error(`refused: ${JSON.stringify(r)}`);
  return r;
};
const SMALL = `# A comment at the top
id: small
start: a # where it starts
nodes:
  a:
    customer: Hi
    choices:
      - id: go
        reply: Go on # keep me
        to: b
      - id: loop
        reply: Again
        next:
          - when: { moodAtLeast: 50 }
            to: b
          - to: a
  b:
    customer: Bye
    end: resolved
`;

describe('studio document edits', () => {
  it('sets a field and keeps every comment', () => {
    const out = text(setField(SMALL, ['nodes', 'a', 'customer'], 'Hello there'));
    expect(out).toContain('# A comment at the top');
    expect(out).toContain('start: a # where it starts');
    expect(out).toContain('reply: Go on # keep me');
    expect(parse(out).nodes.a.customer).toBe('Hello there');
    expect(parse(text(setField(out, ['nodes', 'a', 'choices', 0, 'note'], undefined))).nodes.a.choices[0].note).toBeUndefined();
  });

  it('renames a node and every reference: start, to and next', () => {
    const out = text(renameNode(SMALL, 'a', 'opening'));
    const doc = parse(out);
    expect(Object.keys(doc.nodes)).toEqual(['opening', 'b']);
    expect(doc.start).toBe('opening');
    expect(doc.nodes.opening.choices[1].next[1].to).toBe('opening');
    expect(out).toContain('start: opening # where it starts');
  });

  it('refuses a rename to a taken or invalid id, and any edit of broken YAML', () => {
    expect(renameNode(SMALL, 'a', 'b')).toEqual({ refused: 'id-taken' });
    expect(renameNode(SMALL, 'a', 'has space')).toEqual({ refused: 'id-invalid' });
    expect(renameNode(SMALL, 'zz', 'c')).toEqual({ refused: 'not-found' });
    expect(setField('a: [1,', ['a'], 2)).toEqual({ refused: 'yaml-broken' });
  });

  it('counts references and deletes a node, leaving the replies that led there to be seen as broken', () => {
    expect(countReferences(SMALL, 'b')).toBe(2);
    const out = text(deleteNode(SMALL, 'b'));
    expect(Object.keys(parse(out).nodes)).toEqual(['a']);
    expect(deleteNode(SMALL, 'b') === deleteNode(out, 'b')).toBe(false);
  });

  it('adds and deletes nodes and replies', () => {
    let out = text(addNode(SMALL, 'c', { customer: 'New', end: 'escalated' }));
    expect(addNode(out, 'c', { customer: 'x' })).toEqual({ refused: 'id-taken' });
    out = text(addChoice(out, 'b', { id: 'more', reply: 'More', to: 'c' }));
    expect(parse(out).nodes.b).toEqual({ customer: 'Bye', choices: [{ id: 'more', reply: 'More', to: 'c' }] });
    out = text(addChoice(out, 'a', { id: 'mid', reply: 'Mid', to: 'c' }, 0));
    expect(parse(out).nodes.a.choices.map((c: { id: string }) => c.id)).toEqual(['go', 'mid', 'loop']);
    expect(addChoice(out, 'a', { id: 'go', reply: 'x', to: 'c' })).toEqual({ refused: 'id-taken' });
    out = text(deleteChoice(out, 'a', 1));
    expect(parse(out).nodes.a.choices.map((c: { id: string }) => c.id)).toEqual(['go', 'loop']);
    expect(deleteChoice(out, 'a', 9)).toEqual({ refused: 'not-found' });
  });

  it('writes one plain target as to: and guarded ones as next:', () => {
    let out = text(setTargets(SMALL, 'a', 1, [{ to: 'b' }]));
    expect(parse(out).nodes.a.choices[1]).toEqual({ id: 'loop', reply: 'Again', to: 'b' });
    out = text(setTargets(out, 'a', 0, [{ to: 'a', when: { moodBelow: 30 } }, { to: 'b' }]));
    expect(parse(out).nodes.a.choices[0].next).toEqual([{ when: { moodBelow: 30 }, to: 'a' }, { to: 'b' }]);
  });

  it('turns a node into an ending and back', () => {
    let out = text(setEnding(SMALL, 'a', 'abandoned', {}));
    expect(parse(out).nodes.a).toEqual({ customer: 'Hi', end: 'abandoned' });
    out = text(setEnding(out, 'a', null, { id: 'reply-1', reply: '…', to: 'b' }));
    expect(parse(out).nodes.a.choices).toHaveLength(1);
  });

  it('keeps a real scenario loadable through a rename', () => {
    const out = text(renameNode(BASE_YAML, parse(BASE_YAML).start, 'first-turn'));
    expect(loadScenario(out, 'x.yaml').ok).toBe(true);
  });
});
