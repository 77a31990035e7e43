import { Document, type Scalar, type YAMLMap } from 'yaml';
import type { Ending, Locale, Problem } from '../types.ts';
import { ENDINGS } from '../types.ts';
import { detectLocale } from '../text/detect-locale.ts';
import { readPassage, type ReadPassage } from './twine-markup.ts';
import { detectTwineFormat, readTwineSource, type SourcePassage, type SourceStory, type TwineFormat } from './twine-source.ts';
import { choiceIdFor, nodeIdFor } from './twine-ids.ts';
import { makeProblem, type Place } from '../messages/make-problem.ts';
import type { ImportProblemParams } from './import-codes.ts';

/** A Twine story turned into scenario YAML, with what the import could not carry over. */
export interface TwineImport {
  yaml: string;
  format: TwineFormat;
  storyName: string;
  /** Located in the Twine file: dropped macros, variables and scripts (warnings), broken links (errors). */
  problems: Problem[];
}

export type TwineImportResult = { ok: true; value: TwineImport } | { ok: false; problems: Problem[] };

const PERSONA_NAME: Record<Locale, string> = { 'zh-Hans': '客户', 'zh-Hant': '客戶', en: 'Customer' };
const ENDING_SET: ReadonlySet<string> = new Set(ENDINGS);

/** Import a Twee 3, Twine 2 HTML or Twine 2 archive file as scenario YAML the trainer then finishes; never throws. */
export function importTwine(text: string, file: string, options: { story?: string } = {}): TwineImportResult {
  const clean = text.replace(/^\uFEFF/, '');
  const format = detectTwineFormat(clean);
  const top = { file, line: 1, column: 1 };
  if (!format) return { ok: false, problems: [makeProblem('import-unknown-format', {}, top)] };
  let story: SourceStory;
  try {
    story = readTwineSource(clean, format, options.story);
  } catch (err) {
    return { ok: false, problems: [makeProblem('import-parse-failed', { detail: err instanceof Error ? err.message : String(err) }, top)] };
  }
  if (story.passages.length === 0) return { ok: false, problems: [makeProblem('import-no-passages', {}, top)] };
  const problems: Problem[] = [];
  const yaml = buildYaml(story, file, problems);
  problems.sort((a, b) => a.line - b.line || a.column - b.column);
  return { ok: true, value: { yaml, format, storyName: story.name, problems } };
}

interface Mapped {
  passage: SourcePassage;
  id: string;
  read: ReadPassage;
}

/** Report an import problem at a place of the Twine file (a warning unless said otherwise). */
type Report = <C extends keyof ImportProblemParams>(where: { line: number; column: number }, code: C, params: ImportProblemParams[C], severity?: Problem['severity']) => void;

function buildYaml(story: SourceStory, file: string, problems: Problem[]): string {
  const at: Report = (where, code, params, severity = 'warning') => problems.push(makeProblem(code, params as never, { file, line: where.line, column: where.column } satisfies Place, severity));
  const taken = new Set<string>();
  const mapped: Mapped[] = story.passages.map((passage, i) => ({ passage, id: nodeIdFor(passage.name, `p${i + 1}`, taken), read: readPassage(passage.text) }));
  const byName = new Map(mapped.map((m) => [m.passage.name, m]));
  reportStory(story, at);
  const startEntry = byName.get(story.start) ?? mapped[0]!;
  if (story.start && !byName.has(story.start)) at({ line: 1, column: 1 }, 'import-start-missing', { start: story.start, first: startEntry.passage.name });
  const locale = detectLocale(mapped.slice(0, 50).map((m) => m.read.line).join('\n'));
  const endings: string[] = [];
  const nodes: Record<string, unknown> = {};
  for (const m of mapped) {
    for (const u of m.read.unmapped) at(m.passage.locate(u.offset), `import-${u.kind}`, { excerpt: u.excerpt });
    const customer = m.read.line || m.passage.name;
    if (!m.read.line) at(m.passage, 'import-empty-passage', { passage: m.passage.name });
    if (m.read.links.length === 0) {
      const tagged = m.passage.tags.find((t) => ENDING_SET.has(t)) as Ending | undefined;
      if (!tagged) {
        endings.push(m.id);
        at(m.passage, 'import-ending-outcome', { passage: m.passage.name });
      }
      nodes[m.id] = { customer, end: tagged ?? 'resolved' };
      continue;
    }
    const ids = new Set<string>();
    const choices = m.read.links.map((link, i) => {
      const target = byName.get(link.target);
      if (!target) at(m.passage.locate(link.offset), 'import-broken-link', { text: link.text, target: link.target }, 'error');
      const to = target?.id ?? nodeIdFor(link.target, `missing-${i + 1}`, new Set(taken));
      return { id: choiceIdFor(link.text, `reply-${i + 1}`, ids), reply: link.text || link.target, to };
    });
    nodes[m.id] = { customer, choices };
  }
  const title = story.name.trim() || file.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const scenario = {
    id: choiceIdFor(title, 'imported-story', new Set()),
    version: 1,
    locale,
    title,
    difficulty: 2,
    persona: { name: PERSONA_NAME[locale], temperament: 'lively', mood: 70 },
    brief: title,
    issue: { summary: title, keywords: [title] },
    solvableInCall: true,
    maxTurns: Math.min(100, Math.max(10, mapped.length)),
    passScore: 70,
    start: startEntry.id,
    nodes,
  };
  const renamed = mapped.filter((m) => m.id !== m.passage.name).map((m) => [m.id, m.passage.name] as const);
  return renderYaml(scenario, story, file, endings, renamed);
}

function reportStory(story: SourceStory, at: Report): void {
  for (const d of story.duplicates) at(d, 'import-duplicate-passage', { passage: d.name });
  if (story.hasScript) at({ line: 1, column: 1 }, 'import-story-script', {});
  if (story.skippedStories.length > 0) at({ line: 1, column: 1 }, 'import-other-stories', { count: story.skippedStories.length + 1, imported: story.name, others: story.skippedStories });
}

function renderYaml(scenario: object, story: SourceStory, file: string, endings: string[], renamed: ReadonlyArray<readonly [string, string]>): string {
  const doc = new Document(scenario);
  const base = file.replace(/^.*[\\/]/, '');
  doc.commentBefore =
    ` yaml-language-server: $schema=./scenario.schema.json\n Imported from ${base} (${story.format}${story.storyFormat ? `, ${story.storyFormat}` : ''}).` +
    '\n Placeholders to finish: persona, brief, issue (summary and keywords), difficulty.';
  for (const id of endings) {
    const end = doc.getIn(['nodes', id, 'end'], true) as Scalar | undefined;
    if (end) end.comment = ' pick: resolved | escalated | abandoned';
  }
  // Ids are ASCII; the passage's own name stays beside its node so the trainer can find it again.
  const nodes = doc.get('nodes', true) as YAMLMap<Scalar, unknown>;
  const keyOf = new Map(nodes.items.map((pair) => [String(pair.key.value), pair.key]));
  for (const [id, name] of renamed) {
    const key = keyOf.get(id);
    if (key) key.commentBefore = ` Twine passage: ${name.replace(/\s+/g, ' ')}`;
  }
  return doc.toString({ lineWidth: 0 });
}
