import { analyzeScenario } from '../../analyze/analyze-scenario.ts';
import { analysisToJson } from '../../analyze/to-json.ts';
import { formatAnalysis } from '../../analyze/format-analysis.ts';
import { PROFILE_IDS, resolveProfile } from '../../rules/profiles.ts';
import type { Command } from '../io.ts';
import { loadScenarioFile } from '../load-file.ts';

const USAGE = `Usage: hardcall analyze FILE [--json] [--profile NAME]
Grades every path of the scenario at once: counts, pass rate, score distribution, best and worst path,
per-rule violations, unreachable nodes, dead ends, trap replies.
Exit code: 0 analysed, 1 the file does not load, 2 usage error. Profiles: ${PROFILE_IDS.join(', ')}
`;

function parseArgs(args: string[]): { file: string; json: boolean; profile: string | undefined } | string {
  let json = false;
  let profile: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--json') json = true;
    else if (a === '--profile') {
      profile = args[++i];
      if (profile === undefined) return '--profile needs a value';
      if (!PROFILE_IDS.includes(profile)) return `unknown profile "${profile}" (profiles: ${PROFILE_IDS.join(', ')})`;
    } else if (a.startsWith('-')) return `unknown option ${a}`;
    else files.push(a);
  }
  if (files.length !== 1) return files.length === 0 ? 'missing FILE' : `one FILE at a time (got ${files.join(', ')})`;
  return { file: files[0]!, json, profile };
}

/** `hardcall analyze FILE [--json]`: grade every path of a scenario and summarise. */
export const runAnalyze: Command = async (args, io) => {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.stderr(`hardcall analyze: ${parsed}\n${USAGE}`);
    return 2;
  }
  const scenario = await loadScenarioFile(parsed.file, io);
  if (!scenario) return 1;
  const analysis = analyzeScenario(scenario, parsed.profile === undefined ? undefined : resolveProfile(parsed.profile));
  io.stdout(parsed.json ? `${JSON.stringify(analysisToJson(analysis), null, 2)}\n` : formatAnalysis(analysis));
  return 0;
};
