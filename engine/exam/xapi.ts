import type { Scenario } from '../types.ts';
import type { Scorecard } from '../grade/scorecard.ts';
import { resolveTarget } from '../path/walk.ts';
import type { Exam } from './exam-types.ts';
import type { ExamRecord, ScenarioRun } from './record-types.ts';

/** xAPI ids the exam statements use. */
export const XAPI = {
  answered: 'http://adlnet.gov/expapi/verbs/answered',
  passed: 'http://adlnet.gov/expapi/verbs/passed',
  failed: 'http://adlnet.gov/expapi/verbs/failed',
  interaction: 'http://adlnet.gov/expapi/activities/cmi.interaction',
} as const;

// Extension keys are IRIs; `.invalid` is a reserved domain, so these can never collide with a real
// vocabulary (an organisation may rewrite them to its own domain; certify reads these).
const EXT = 'https://hardcall.invalid/xapi/extensions/';
/** The extension keys HardCall puts on its statements. */
export const EXT_KEYS = {
  findings: `${EXT}findings`,
  ms: `${EXT}ms`,
  silences: `${EXT}silences`,
  exam: `${EXT}exam`,
  scenario: `${EXT}scenario`,
  record: `${EXT}record`,
} as const;

/** What the LMS gave the content at launch, as far as statements need it. */
export interface LaunchInfo {
  actor: Record<string, unknown>;
  registration: string;
  activityId: string;
  /** LaunchData's contextTemplate: every statement's context starts from it (cmi5 10.2.1). */
  contextTemplate: Record<string, unknown>;
}

/** An xAPI statement, as plain JSON. */
export type Statement = Record<string, unknown>;

/**
 * One `answered` statement per decision of a finished scenario run: a cmi.interaction of type choice
 * whose `choices` are the node's choice ids with the reply texts, the response the chosen id, and the
 * rule findings of that turn in `result.extensions`. `newId` supplies statement UUIDs.
 */
export function answeredStatements(launch: LaunchInfo, exam: Exam, index: number, scenario: Scenario, run: ScenarioRun, card: Scorecard, startedAt: string, newId: () => string): Statement[] {
  const start = Date.parse(startedAt);
  const lang = scenario.locale;
  const out: Statement[] = [];
  let node = scenario.nodes[scenario.start]!;
  let silences = 0;
  let decision = 0;
  // Turns count timed-out silences too (a silence is a turn at the same node); findings and the mood
  // trace are by turn, statements by decision.
  run.moves.forEach((m, k) => {
    const turn = k + 1;
    if (typeof m.move !== 'string') {
      if ('silence' in m.move) silences++;
      return;
    }
    decision++;
    const chosen = m.move;
    out.push({
      id: newId(),
      actor: launch.actor,
      verb: { id: XAPI.answered, display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: `${launch.activityId}/scenario/${encodeURIComponent(scenario.id)}/decision/${decision}`,
        definition: {
          type: XAPI.interaction,
          interactionType: 'choice',
          name: { [lang]: `${scenario.title} · ${decision}` },
          description: { [lang]: node.customer },
          choices: node.choices.map((c) => ({ id: c.id, description: { [lang]: c.reply } })),
        },
      },
      result: { response: chosen, extensions: { [EXT_KEYS.findings]: turnFindings(card, turn), [EXT_KEYS.ms]: m.ms, [EXT_KEYS.silences]: silences } },
      context: contextOf(launch, { [EXT_KEYS.exam]: { id: exam.id, version: exam.version, sha256: exam.sha256 }, [EXT_KEYS.scenario]: { id: scenario.id, version: scenario.version, sha256: run.sha256, index: index + 1 } }),
      timestamp: new Date(start + m.ms).toISOString(),
    });
    silences = 0;
    // The run was graded, so every id is a choice of its node; the scorecard's mood trace picks the branch.
    const choice = node.choices.find((c) => c.id === chosen)!;
    node = scenario.nodes[resolveTarget(choice, card.moodTrace[turn]!)]!;
  });
  return out;
}

/** The rule findings of one turn, as data: violations and credits with their points. */
function turnFindings(card: Scorecard, turn: number): Record<string, unknown> {
  const violations = card.violations.filter((v) => v.turn === turn).map((v) => ({ rule: v.rule, code: v.code, severity: v.severity, critical: v.critical, points: v.points }));
  const credits = card.credits.filter((c) => c.turn === turn).map((c) => ({ rule: c.rule, code: c.code, points: c.points }));
  return { violations, credits };
}

function contextOf(launch: LaunchInfo, extensions: Record<string, unknown>): Record<string, unknown> {
  const template = launch.contextTemplate;
  const ext = (template.extensions as Record<string, unknown> | undefined) ?? {};
  return { ...template, registration: launch.registration, extensions: { ...ext, ...extensions } };
}

/** The result extensions of the `passed`/`failed` statement: the sealed record itself, so the LRS holds a verifiable copy. */
export function verdictExtensions(record: ExamRecord): Record<string, unknown> {
  return { [EXT_KEYS.record]: record };
}
