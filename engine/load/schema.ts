import { z } from 'zod';
import { ENDINGS, LOCALES, PRONOUNS, TEMPERAMENTS } from '../types.ts';
import { RULE_IDS } from '../rules/index.ts';
import { PROFILE_IDS } from '../rules/profiles.ts';

// The zod schema is the single source of the file-format contract; the JSON Schema is generated from it.

/** Scenario and choice ids: kebab-case. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Node ids: letters, digits, "_" or "-". */
export const NODE_ID_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_-]*$/;

/** Longest id or node id: names are for reading, and problems and the UI quote them whole. */
export const MAX_ID_LENGTH = 100;

/**
 * Longest reply, customer line or note, in characters: what one person says in one turn is a few hundred
 * at most, and the reply analyzer's cost grows faster than a reply's length (a 200,000-character reply
 * took 3 s), so a longer text is a located error rather than a stalled load.
 */
export const MAX_LINE_LENGTH = 2000;

const id = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(ID_PATTERN, 'must be kebab-case: lowercase letters, digits and single hyphens')
  .describe('An identifier in kebab-case, e.g. "check-order".');

const nodeId = z
  .string()
  .max(MAX_ID_LENGTH)
  .regex(NODE_ID_PATTERN, 'must be letters, digits, "_" or "-"')
  .describe('A node id: letters, digits, "_" or "-".');

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max);
const line = text(MAX_LINE_LENGTH);

const percent = z.number().int().min(0).max(100);

export const guardSchema = z.union([
  z.strictObject({ moodAtLeast: percent.describe('Take this transition when the mood after the reply is at least N.') }),
  z.strictObject({ moodBelow: percent.describe('Take this transition when the mood after the reply is below N.') }),
]);

export const transitionSchema = z.strictObject({
  when: guardSchema.optional().describe('Guard on the mood after the reply; the last entry of `next` has none.'),
  to: nodeId.describe('The node this transition leads to.'),
});

export const tagsSchema = z
  .strictObject({
    contrast: z.boolean(),
    apology: z.enum(['none', 'vague', 'specific']),
    empathy: z.boolean(),
    solution: z.boolean(),
    alternatives: z.number().int().min(0).max(10),
    refusal: z.boolean(),
    paraphrase: z.boolean(),
    question: z.boolean(),
    blame: z.boolean(),
    timeframe: z.boolean(),
    willingness: z.boolean(),
    policy: z.boolean(),
    praise: z.boolean(),
    guarantee: z.boolean(),
    concession: z.boolean(),
  })
  .partial()
  .describe('Overrides of what the text analyzer finds in the reply, for ambiguous text.');

export const choiceSchema = z
  .strictObject({
    id: id.describe('Unique within its node; paths and records name replies by it.'),
    reply: line.describe("The agent's reply, as the agent would say it (at most 2,000 characters)."),
    mood: z.number().int().min(-100).max(100).optional().describe(
      "Change to the customer's anger (clamped to 0..100); omitted: the engine's mood model decides.",
    ),
    to: nodeId.optional().describe('The next node (use either `to` or `next`).'),
    next: z.array(transitionSchema).min(1).optional().describe('Guarded transitions, first match wins; the last has no `when`.'),
    note: line.optional().describe("Trainer's feedback on this reply, shown in practice mode (at most 2,000 characters)."),
    tags: tagsSchema.optional(),
  })
  .describe("One of the agent's replies at this node.");

export const nodeSchema = z
  .strictObject({
    customer: line.describe('What the customer says at this turn (at most 2,000 characters).'),
    choices: z.array(choiceSchema).min(1, 'a node with `choices` needs at least one').optional(),
    end: z.enum(ENDINGS).optional().describe('Marks an ending node: resolved | escalated | abandoned.'),
    choicesOnly: z.boolean().optional().describe('true: the agent must pick one of the replies here; typed and spoken replies are not taken.'),
    fallback: nodeId
      .optional()
      .describe('Where a typed reply goes when it reads like none of the replies (omitted: it is taken as the closest reply).'),
  })
  .describe("A customer's turn: either `choices` (the agent's replies) or `end`.");

export const ruleOverrideSchema = z.strictObject({
  weight: z.number().int().min(0).max(10).optional().describe('Multiplies the points the rule costs (default 1).'),
  disabled: z.boolean().optional().describe('Turns the rule off for this scenario.'),
  critical: z.boolean().optional().describe('A violation fails the attempt whatever the total.'),
});

export const personaSchema = z.strictObject({
  name: text(100),
  temperament: z.enum(TEMPERAMENTS).describe("One of 003's four customer types."),
  mood: percent.describe('Starting anger, 0 calm .. 100 furious.'),
  pronoun: z.enum(PRONOUNS).optional().describe('How feedback refers to the customer: he | she | they (default they; 他/她 in Chinese feedback).'),
});

export const offerSchema = z
  .strictObject({
    summary: text(200).describe('What the agent may commit to, in a few words (e.g. a full refund within 5 working days).'),
    keywords: z.array(text(100)).min(1).max(50).describe('Words a reply committing to this offer would use.'),
  })
  .describe('Something the agent can commit to on this call.');

export const issueSchema = z.strictObject({
  summary: text(200).describe('What went wrong, in a few words.'),
  keywords: z.array(text(100)).min(1).max(50).describe('Words a specific apology would use; checked by specific-apology.'),
});

export const scenarioSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editor hint; ignored.'),
    id: id.describe('Unique across scenarios/, kebab-case.'),
    version: z.number().int().min(1).describe('Positive integer; bump on any content change (records pin id+version).'),
    locale: z.enum(LOCALES).describe('The language of every text in the file.'),
    title: text(200),
    difficulty: z.literal([1, 2, 3]).describe('1 (easy) .. 3 (hard).'),
    persona: personaSchema,
    brief: text(4000).describe('What the agent knows before the call starts.'),
    issue: issueSchema,
    solvableInCall: z.boolean().describe('false: the agent must set a follow-up with a timeframe.'),
    offers: z
      .array(offerSchema)
      .optional()
      .describe('What the agent can commit to (from the brief). With it, a reply that commits to a remedy none of these covers is over-promising (honest-commitment).'),
    maxTurns: z.number().int().min(1).max(100).describe('A path longer than this ends as `abandoned`.'),
    passScore: percent.describe('Score needed to pass, 0..100.'),
    sootheThreshold: percent.optional().describe('Mood at or above which the customer is still upset (default 60).'),
    profile: z.enum(PROFILE_IDS as [string, ...string[]]).optional().describe('Name of the rule profile to grade with (default: "default").'),
    deadAir: z
      .strictObject({ mood: z.number().int().min(0).max(100).optional().describe('Anger a timed-out silence adds (default 10).') })
      .optional()
      .describe('Opt in to silence as a move of the path: the analysis then counts timed-out silences too. Without it, silences from the app timer still add 10 anger each.'),
    rules: z.partialRecord(z.enum(RULE_IDS as [string, ...string[]]), ruleOverrideSchema).optional(),
    start: nodeId.describe('The id of the first node.'),
    nodes: z.record(nodeId, nodeSchema).describe("The customer's turns, by id."),
  })
  .describe('A HardCall scenario: a branching call with an angry customer.');

export type ScenarioInput = z.infer<typeof scenarioSchema>;
export type NodeInput = z.infer<typeof nodeSchema>;
export type ChoiceInput = z.infer<typeof choiceSchema>;

/** Generate the JSON Schema (draft-07, input side) that editors use for completion and hover docs. */
export function scenarioJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(scenarioSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
}
