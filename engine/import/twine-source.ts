import { parseTwee, parseTwine2ArchiveHTML, parseTwine2HTML, type Story } from 'extwee';
import { createLineIndex, type LineIndex } from '../load/line-index.ts';

/** The Twine formats the import reads. */
export type TwineFormat = 'twee3' | 'twine2-html' | 'twine2-archive';

/** One passage with where it stands in the source file. */
export interface SourcePassage {
  name: string;
  text: string;
  tags: string[];
  /** 1-based line and column of the passage's header (Twee) or element (HTML). */
  line: number;
  column: number;
  /** Locate an offset of `text` in the file; HTML text is entity-decoded, so its parts map to the element. */
  locate(offset: number): { line: number; column: number };
}

/** A story read from a Twine file, in file order, with what the import needs to report. */
export interface SourceStory {
  format: TwineFormat;
  name: string;
  start: string;
  storyFormat: string;
  passages: SourcePassage[];
  hasScript: boolean;
  /** Other stories an archive holds, which were not imported. */
  skippedStories: string[];
  duplicates: Array<{ name: string; line: number; column: number }>;
}

/** Tell which Twine format a text is in, or null when it is none of them. */
export function detectTwineFormat(text: string): TwineFormat | null {
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('::') || /^::/m.test(text.slice(0, 4096))) {
    if (!/<tw-storydata/i.test(text.slice(0, 4096))) return 'twee3';
  }
  if (!/<tw-storydata/i.test(text)) return null;
  return /<html|<!doctype/i.test(text.slice(0, 2048)) ? 'twine2-html' : 'twine2-archive';
}

/** Parse a Twine file with extwee and locate its passages; throws extwee's own errors, which the caller reports. */
export function readTwineSource(text: string, format: TwineFormat, wanted?: string): SourceStory {
  const lines = createLineIndex(text);
  if (format === 'twee3') return fromTwee(parseTwee(text), text, lines);
  const stories = format === 'twine2-html' ? [parseTwine2HTML(text)] : parseTwine2ArchiveHTML(text);
  const picked = (wanted && stories.find((s) => s.name === wanted)) || stories[0];
  if (!picked) throw new Error('no <tw-storydata> element found');
  const out = fromHtml(picked, text, lines, format);
  out.skippedStories = stories.filter((s) => s !== picked).map((s) => s.name);
  return out;
}

function storyBase(story: Story, format: TwineFormat): Omit<SourceStory, 'passages' | 'duplicates'> {
  return {
    format,
    name: String(story.name ?? ''),
    start: String(story.start ?? ''),
    storyFormat: String(story.format ?? ''),
    hasScript: String(story.storyJavaScript ?? '').trim() !== '',
    skippedStories: [],
  };
}

// Twee headers are found by one scan of the file; extwee's passage text is the trimmed body after the header.
function fromTwee(story: Story, text: string, lines: LineIndex): SourceStory {
  const headers = new Map<string, number>();
  const duplicates: SourceStory['duplicates'] = [];
  for (const m of text.matchAll(/^::[ \t]*((?:\\.|[^\\[{\n])*)/gm)) {
    const name = m[1]!.trim().replace(/\\(.)/g, '$1');
    if (headers.has(name)) duplicates.push({ name, ...lines.at(m.index) });
    else headers.set(name, m.index);
  }
  const passages = story.passages.map((p): SourcePassage => {
    const at = headers.get(p.name) ?? 0;
    const bodyStart = text.indexOf('\n', at) + 1;
    const textStart = bodyStart > 0 ? text.indexOf(p.text.slice(0, 16), bodyStart) : -1;
    const base = textStart >= 0 ? textStart : at;
    return { name: p.name, text: p.text, tags: [...p.tags], ...lines.at(at), locate: (o) => lines.at(base + o) };
  });
  return { ...storyBase(story, 'twee3'), passages, duplicates };
}

function fromHtml(story: Story, text: string, lines: LineIndex, format: TwineFormat): SourceStory {
  const elements = new Map<string, number>();
  for (const m of text.matchAll(/<tw-passagedata\b[^>]*?\bname=(["'])([\s\S]*?)\1/gi)) {
    const name = decodeAttr(m[2]!);
    if (!elements.has(name)) elements.set(name, m.index);
  }
  const passages = story.passages.map((p): SourcePassage => {
    const where = lines.at(elements.get(p.name) ?? 0);
    return { name: p.name, text: p.text, tags: [...p.tags], ...where, locate: () => where };
  });
  return { ...storyBase(story, format), passages, duplicates: [] };
}

const ENTITIES = new Map([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['#39', "'"], ['apos', "'"]]);

function decodeAttr(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|#39|apos);/g, (whole, e: string) => ENTITIES.get(e) ?? whole);
}
