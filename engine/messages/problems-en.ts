import type { ExpectedKind, GotKind, LoadProblemParams, Shown, YamlHint } from './load-codes.ts';
import type { LintProblemParams } from './lint-codes.ts';
import type { Fmt, LocaleStyle, Wordings } from './format.ts';

/** English quotes and suggestions. */
export const EN_STYLE: LocaleStyle = { quote: ['"', '"'], mean: (q) => ` (did you mean ${q}?)` };

const EXPECTED: Record<ExpectedKind, string> = {
  string: 'a string', number: 'a number', int: 'a whole number', boolean: 'a boolean',
  object: 'a mapping (key: value lines)', array: 'a list', record: 'a mapping (key: value lines)', other: 'another kind of value',
};
const GOT: Record<GotKind, string> = {
  null: 'null', list: 'a list', mapping: 'a mapping', fraction: 'a fractional number',
  string: 'a string', number: 'a number', boolean: 'a boolean', other: 'another kind of value',
};
const HINTS: Record<YamlHint, string> = {
  'full-width-colon': 'this key is followed by a full-width colon "："; YAML needs an ASCII colon ":" and a space',
  'colon-in-value': 'this value contains ": ", which YAML reads as a new key; put the whole value in quotes',
};
const FORMATS = { 'kebab-case': 'must be kebab-case: lowercase letters, digits and single hyphens', 'node-id': 'must be letters, digits, "_" or "-"' };

const got = (f: Fmt, v: Shown | undefined) => (v === undefined ? '' : ` (got ${f.q(v)})`);
const inPath = (path: string) => (path ? ` in ${path}` : '');
const cues = (f: Fmt, list: readonly string[]) => (list.length ? ` (found ${list.map(f.q).join(', ')})` : '');
const signed = (f: Fmt, x: number) => (x > 0 ? `+${f.n(x)}` : f.n(x));
const TEMPERAMENT = { lively: 'lively', peaceful: 'peaceful', powerful: 'powerful', perfect: 'perfect' } as const;
const yaml = (p: { detail: string; hint?: YamlHint }) => (p.hint ? HINTS[p.hint] : p.detail);
const indent = (p: { detail: string; hint?: YamlHint }) =>
  p.hint ? HINTS[p.hint] : 'unexpected indentation or a missing ":" — a line here is indented deeper than the key above it allows';

function bound(f: Fmt, side: 'least' | 'most', p: LoadProblemParams['too-big']): string {
  const name = f.q(p.path);
  if (p.origin === 'string') {
    if (side === 'least' && p.bound <= 1) return `${name} must not be empty`;
    const has = p.length === undefined ? '' : ` (it has ${f.n(p.length)})`;
    return `${name} must be at ${side} ${f.plural(p.bound, { one: '# character', other: '# characters' })} long${has}`;
  }
  if (p.origin === 'array') return `${name} must have at ${side} ${f.plural(p.bound, { one: '# item', other: '# items' })}`;
  return `${name} must be at ${side} ${f.n(p.bound)}${got(f, p.value)}`;
}

/** English wording of the loader's problems. */
export const EN_LOAD: Wordings<LoadProblemParams> = {
  'file-too-large': (p, f) => `file is ${f.n(Math.ceil(p.bytes / 1024))} KB; scenario files may be at most ${f.n(p.maxBytes / 1024)} KB`,
  'invalid-utf8': (p) => `file is not valid UTF-8 (byte ${p.byte}); save it as UTF-8`,
  'empty-file': () => 'file is empty; a scenario needs at least id, version, locale, title, start and nodes',
  'too-deep': (p) => `nesting deeper than ${p.max} levels; a scenario never needs this much`,
  'more-problems': (p, f) => `and ${f.plural(p.count, { one: '# more problem', other: '# more problems' })} not shown; fix these first`,
  'internal-error': (p) => `HardCall could not read this file (${p.detail}); please report it`,
  'not-a-mapping': () => 'a scenario file must be a mapping of fields (id: …, version: …), not a list or a single value',
  'yaml-syntax': (p) => `could not parse: ${p.detail}`,
  'yaml-aliases': (p) => `too many alias expansions (more than ${p.max}); write the text out instead of using anchors`,
  'yaml-duplicate-key': (p, f) => `duplicate key ${f.q(p.key)}: it is already set on line ${f.n(p.firstLine)} in the same mapping; keep one`,
  'complex-key': () => 'a key must be a plain name, not a list or a mapping (a line starting with "? " makes a complex key)',
  'reserved-key': (p, f) => `${f.q(p.key)} cannot be used as a name in a scenario file; rename it`,
  'unknown-field': (p, f) => {
    const guard = p.known.includes('moodAtLeast') ? '; a guard is either {moodAtLeast: N} or {moodBelow: N}' : '';
    const known = p.suggestion === undefined && !guard && p.known.length ? `; fields here: ${p.known.join(', ')}` : '';
    return `unknown field ${f.q(p.key)}${inPath(p.path)}${f.mean(p.suggestion)}${guard}${known}`;
  },
  'unknown-rule': (p, f) => `unknown rule ${f.q(p.key)}${f.mean(p.suggestion)}; rules are: ${p.rules.join(', ')}`,
  'missing-field': (p, f) => `missing required field ${f.q(p.field)}${inPath(p.parent)}`,
  'wrong-type': (p, f) => `${f.q(p.path)} must be ${EXPECTED[p.expected]}, not ${GOT[p.got]}${got(f, p.value)}`,
  'too-small': (p, f) => bound(f, 'least', p),
  'too-big': (p, f) => bound(f, 'most', p),
  'invalid-value': (p, f) => `${f.q(p.path)} must be one of ${p.values.join(', ')}${got(f, p.value)}${f.mean(p.suggestion)}`,
  'invalid-format': (p, f) => `${f.q(p.path)} ${p.format === 'other' ? p.detail : FORMATS[p.format]}${got(f, p.value)}`,
  'invalid-key': (p, f) => `the name ${f.q(p.key)}${inPath(p.path)} ${p.format === 'other' ? p.detail : FORMATS[p.format]}`,
  'invalid-union': (p, f) =>
    p.keys.length > 1
      ? `${f.q(p.path)} has both ${p.keys.join(' and ')}; a guard has one condition: {moodAtLeast: N} or {moodBelow: N}`
      : `${f.q(p.path)} must be either {moodAtLeast: N} or {moodBelow: N}, with N from 0 to 100`,
  'invalid-input': (p, f) => `${f.q(p.path)}: ${p.detail}`,
  'no-nodes': () => 'the scenario has no nodes; add at least a start node and an ending',
  'unknown-start': (p, f) => `start node ${f.q(p.start)} is not defined in nodes${f.mean(p.suggestion)}`,
  'node-choices-and-end': (p, f) => `node ${f.q(p.node)} has both choices and end; an ending node has no choices`,
  'node-without-choices-or-end': (p, f) =>
    `node ${f.q(p.node)} needs either choices (the agent's replies) or end (resolved, escalated or abandoned)`,
  'duplicate-choice-id': (p, f) =>
    `choice id ${f.q(p.choice)} is used twice in node ${f.q(p.node)} (first on line ${f.n(p.firstLine)}); ids must be unique within a node`,
  'choice-to-and-next': (p, f) => `choice ${f.q(p.choice)} has both to and next; use to for one target or next for guarded ones`,
  'choice-without-target': (p, f) => `choice ${f.q(p.choice)} needs to (the next node) or next (guarded transitions)`,
  'unknown-target': (p, f) => `choice ${f.q(p.choice)} leads to ${f.q(p.target)}, which is not a node${f.mean(p.suggestion)}`,
  'unknown-fallback': (p, f) => `node ${f.q(p.node)} falls back to ${f.q(p.target)}, which is not a node${f.mean(p.suggestion)}`,
  'fallback-choices-only': (p, f) => `node ${f.q(p.node)} is choicesOnly, so no typed reply reaches its fallback; remove one of the two`,
  'fallback-on-ending': (p, f) => `node ${f.q(p.node)} is an ending; nothing is said there, so it has no fallback`,
  'next-last-has-when': (p, f) =>
    `the last entry of next in choice ${f.q(p.choice)} must have no when: it is the fallback when no guard matches`,
  'next-entry-without-when': (p, f) =>
    `entry ${f.n(p.entry)} of next in choice ${f.q(p.choice)} has no when, so the entries after it can never be taken; only the last entry may omit when`,
  'yaml-alias-props': yaml,
  'yaml-bad-alias': yaml,
  'yaml-bad-directive': yaml,
  'yaml-bad-dq-escape': yaml,
  'yaml-bad-indent': yaml,
  'yaml-bad-prop-order': yaml,
  'yaml-bad-scalar-start': yaml,
  'yaml-block-as-implicit-key': indent,
  'yaml-block-in-flow': yaml,
  'yaml-impossible': yaml,
  'yaml-key-over-1024-chars': yaml,
  'yaml-missing-char': yaml,
  'yaml-multiline-implicit-key': indent,
  'yaml-multiple-anchors': yaml,
  'yaml-multiple-docs': yaml,
  'yaml-multiple-tags': yaml,
  'yaml-non-string-key': yaml,
  'yaml-resource-exhaustion': yaml,
  'yaml-tab-as-indent': (p) => (p.hint ? HINTS[p.hint] : 'tabs are not allowed for indentation in YAML; indent with spaces'),
  'yaml-tag-resolve-failed': yaml,
  'yaml-unexpected-token': yaml,
  'yaml-bad-collection-type': yaml,
};

/** English wording of lint warnings and file problems. */
export const EN_LINT: Wordings<LintProblemParams> = {
  'unreachable-node': (p, f) => `node ${f.q(p.node)} is never reached: no reply leads to it from the start node ${f.q(p.start)}`,
  'ending-unreachable': (p, f) =>
    `ending ${f.q(p.node)} (${p.end}) is reached by no path within maxTurns (${f.n(p.maxTurns)}) given the mood changes and guards`,
  'node-unreachable-in-play': (p, f) =>
    `node ${f.q(p.node)} is reached by no path within maxTurns (${f.n(p.maxTurns)}) given the mood changes and guards`,
  'no-ending-reachable': (p, f) => `from node ${f.q(p.node)} no ending node can be reached: the call can only run out of turns`,
  'tags-disagree': (p, f) =>
    `reply ${f.q(p.choice)} is tagged ${p.feature}: ${String(p.tagged)}, but its text reads ${p.feature}: ${String(p.read)}${cues(f, p.cues)}; check the tag or reword the reply`,
  'contrast-before-resolution': (p, f) =>
    `reply ${f.q(p.choice)} leads to a resolved ending but uses a contrastive "but"${cues(f, p.cues)}, which the no-but rule penalises; is this really the reply that settles the call?`,
  'vague-apology-before-resolution': (p, f) =>
    `reply ${f.q(p.choice)} leads to a resolved ending with a vague apology${cues(f, p.cues)}; name the problem (${p.issue}) in the apology`,
  'off-path-reference': (p, f) =>
    `reply ${f.q(p.choice)} refers back to ${f.q(p.term)}, which only other replies said (e.g. ${f.q(p.other)}), and some paths reach node ${f.q(p.node)} without them; reword it so it makes sense on every path, or split the node`,
  'replies-read-same': (p, f) =>
    `replies ${f.q(p.first)} and ${f.q(p.second)} of node ${f.q(p.node)} read the same (${p.features.length > 0 ? p.features.join(', ') : 'no rule features'}) but lead on differently, so only wording decides where a typed reply like them goes; make one of them do something the other does not, or mark the node choicesOnly`,
  'mood-far-from-model': (p, f) =>
    `reply ${f.q(p.choice)} sets mood: ${signed(f, p.authored)}, while the mood model predicts ${signed(f, p.predicted)} for a ${TEMPERAMENT[p.temperament]} customer from what the reply says (${p.effects.length ? p.effects.join(', ') : 'nothing the model reacts to'}); they are more than ${f.n(p.tolerance)} apart: check the number against 003 一.1–一.3, or the wording against what the reply is meant to do`,
  'duplicate-scenario-id': (p, f) => `scenario id ${f.q(p.id)} is already used by ${p.firstFile}; give each scenario its own id`,
  'file-not-found': () => 'no such file or folder',
  'file-unreadable': (p) => `cannot read file: ${p.detail}`,
  'read-failed': (p) => `could not read the file: ${p.detail}`,
  'symlink-broken': (p) => `this symbolic link points to ${p.target}, which does not exist; it was skipped`,
};
