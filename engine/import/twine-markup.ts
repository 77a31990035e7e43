// Reads one passage's text: the links become replies, everything a story format would run (macros,
// variables, scripts, markup) is reported so the trainer knows what the import dropped.

/** A Twine link as written: the text the player clicks and the passage it leads to. */
export interface TwineLink {
  text: string;
  target: string;
  /** Offset of `[[` in the passage text. */
  offset: number;
}

/** Something in a passage that a HardCall scenario cannot express, with where it starts. */
export interface Unmapped {
  kind: 'macro' | 'variable' | 'script' | 'markup' | 'setter';
  excerpt: string;
  offset: number;
}

export interface ReadPassage {
  links: TwineLink[];
  unmapped: Unmapped[];
  /** The text with links, macros and markup taken out and whitespace tidied: the customer's line. */
  line: string;
}

const LINK = /\[\[([\s\S]*?)\]\](\[[^\]]*\])?\]?/g;
// Harlowe `(name: …)`, SugarCube `<<…>>`, Chapbook `{insert}` and `[if …]` modifiers.
const MACROS: Array<{ kind: Unmapped['kind']; re: RegExp }> = [
  { kind: 'script', re: /<script\b[\s\S]*?(?:<\/script>|$)/gi },
  { kind: 'macro', re: /<<[\s\S]*?>>/g },
  { kind: 'macro', re: /\((?:[a-z][a-z0-9-]*):[^()]*(?:\([^()]*\)[^()]*)*\)/gi },
  { kind: 'macro', re: /\{[a-z][^{}\n]*\}/gi },
  { kind: 'macro', re: /^\[(?:if|else|unless|after|continue|align|note|append|JavaScript)\b[^\]\n]*\]$/gim },
  { kind: 'variable', re: /\$[A-Za-z_][\w.]*/g },
  { kind: 'markup', re: /<\/?[a-z][^<>]*>/gi },
];

/** Split a link's inside into its text and target, as Twine 2 does for `->`, `<-` and `|`. */
export function splitLink(inner: string): { text: string; target: string } {
  const arrow = inner.lastIndexOf('->');
  if (arrow >= 0) return { text: inner.slice(0, arrow).trim(), target: inner.slice(arrow + 2).trim() };
  const back = inner.indexOf('<-');
  if (back >= 0) return { text: inner.slice(back + 2).trim(), target: inner.slice(0, back).trim() };
  const bar = inner.indexOf('|');
  if (bar >= 0) return { text: inner.slice(0, bar).trim(), target: inner.slice(bar + 1).trim() };
  return { text: inner.trim(), target: inner.trim() };
}

/** Find a passage's links and unmappable parts, and the plain text left as the customer's line. */
export function readPassage(text: string): ReadPassage {
  const links: TwineLink[] = [];
  const unmapped: Unmapped[] = [];
  let rest = text.replace(LINK, (whole, inner: string, setter: string | undefined, offset: number) => {
    links.push({ ...splitLink(inner), offset });
    if (setter) unmapped.push({ kind: 'setter', excerpt: setter, offset: offset + whole.indexOf(setter) });
    return ' '.repeat(whole.length);
  });
  for (const { kind, re } of MACROS) {
    rest = rest.replace(re, (whole: string, offset: number) => {
      unmapped.push({ kind, excerpt: whole.length > 60 ? `${whole.slice(0, 57)}...` : whole, offset });
      return ' '.repeat(whole.length);
    });
  }
  unmapped.sort((a, b) => a.offset - b.offset);
  return { links, unmapped, line: tidy(rest) };
}

function tidy(s: string): string {
  return s
    .replace(/''|\/\/|\*\*|~~|\^\^/g, '')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
