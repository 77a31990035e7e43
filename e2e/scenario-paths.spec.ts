import { formatPathError } from '../engine/index.ts';
import { expect, test } from '@playwright/test';
import { analyzeScenario } from '../engine/index.ts';
import { gradePath } from '../engine/index.ts';
import { bundledScenarios, clickReplies, debriefScore, openFromLibrary } from './support.ts';

// One test per bundled scenario: its best and its worst path (from the path analysis) played through the
// UI to the ending, and the debrief's score checked against gradePath's.
for (const { file, scenario } of bundledScenarios()) {
  test(`${file}: best and worst paths score in the debrief as gradePath does`, async ({ page }) => {
    const analysis = analyzeScenario(scenario);
    for (const [label, path] of [['best', analysis.best.choices], ['worst', analysis.worst.choices]] as const) {
      const graded = gradePath(scenario, path);
      if (!graded.ok) throw new Error(`${label} path does not grade: ${formatPathError(graded.error, 'en')}`);
      await test.step(`${label} path (${path.length} replies, score ${graded.scorecard.score})`, async () => {
        await openFromLibrary(page, scenario.title);
        await clickReplies(page, scenario, path);
        expect(await debriefScore(page)).toBe(graded.scorecard.score);
        await expect(page.getByText(`Outcome: ${{ resolved: 'resolved', escalated: 'escalated', abandoned: 'customer hung up' }[graded.scorecard.outcome]}`)).toBeVisible();
      });
    }
  });
}
