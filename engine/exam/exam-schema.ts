import { z } from 'zod';
import { LOCALES } from '../types.ts';
import { RULE_IDS } from '../rules/index.ts';
import { PROFILE_IDS } from '../rules/profiles.ts';
import { ruleOverrideSchema } from '../load/schema.ts';

// The zod schema is the contract of exam files (scenarios/exams/*.exam.yaml); the JSON Schema editors
// use is generated from it (`examJsonSchema`).

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lowercase letters, digits and single hyphens');
const percent = z.number().int().min(0).max(100);
const ruleId = z.enum(RULE_IDS as [string, ...string[]]);

export const pinSchema = z
  .strictObject({
    id: kebab.describe('The scenario id.'),
    version: z.number().int().min(1).describe('The scenario version the exam was written for.'),
    sha256: z
      .string()
      .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits (`hardcall exam-pin FILE` prints it)')
      .describe("SHA-256 of the scenario's canonical content; a changed scenario no longer matches."),
    passScore: percent.optional().describe("Pass mark for this scenario (default: the scenario's own passScore)."),
  })
  .describe('A scenario of the exam, pinned by id, version and content hash.');

export const examSchema = z
  .strictObject({
    $schema: z.string().optional().describe('Editor hint; ignored.'),
    id: kebab.describe('Unique exam id, kebab-case.'),
    version: z.number().int().min(1).describe('Bump on any change; records pin exam id, version and hash.'),
    title: z.string().trim().min(1, 'must not be empty'),
    locale: z.enum(LOCALES).optional().describe('The language of the title (default en).'),
    scenarios: z.array(pinSchema).min(1, 'an exam needs at least one scenario').max(50).describe('Played in this order.'),
    passScore: percent.describe('Overall pass mark: the mean of the scenario scores must reach it (and every scenario must pass).'),
    critical: z.array(ruleId).optional().describe('Rules that are critical in this exam: one violation fails the scenario.'),
    rules: z.partialRecord(ruleId, ruleOverrideSchema).optional().describe('Rule overrides that win over every scenario\'s own `rules:`.'),
    profile: z.enum(PROFILE_IDS as [string, ...string[]]).optional().describe('Rule profile (default "default").'),
    attempts: z.number().int().min(1).max(100).describe('Attempts a candidate is allowed.'),
    replySeconds: z.number().int().min(0).max(600).describe('Reply time limit in seconds; 0 for none. Running out is dead air.'),
    review: z.boolean().describe('Whether the candidate may read the scorecard after the exam.'),
    typedReplies: z
      .boolean()
      .optional()
      .describe('Whether candidates may also type (or speak) replies in their own words; each is read and graded as in practice, and verify re-grades it the same way (default false).'),
  })
  .describe('A HardCall exam: pinned scenarios, pass marks and the rules that are critical in it.');

export type ExamInput = z.infer<typeof examSchema>;

/** Generate the exam JSON Schema (draft-07) for editors. */
export function examJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(examSchema, { target: 'draft-07', io: 'input' }) as Record<string, unknown>;
}
