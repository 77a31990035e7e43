import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runDepcruise } from '../../scripts/deps/run.ts';

const ROOT = join(import.meta.dirname, '../..');

/** A small project breaking each layer rule once, beside files that keep them. */
const FILES: Record<string, string> = {
  'engine/index.ts': `export { core } from './core.ts';\n`,
  'engine/core.ts': `export const core = 1;\n`,
  'engine/to-app.ts': `import { q } from '../src/q.ts';\nexport const x = q;\n`,
  'engine/uses-react.ts': `import { useState } from 'react';\nexport const x = useState;\n`,
  'engine/uses-fs.ts': `import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n`,
  'engine/cli/reads.ts': `import { readFileSync } from 'node:fs';\nimport { core } from '../index.ts';\nexport const x = [readFileSync, core];\n`,
  'src/q.ts': `import { core } from '../engine/index.ts';\nexport const q = core;\n`,
  'src/deep.ts': `import { core } from '../engine/core.ts';\nexport const d = core;\n`,
  'src/view.tsx': `import { q } from './q.ts';\nexport const View = () => <><b>{q}</b></>;\n`,
  'src/cycle-a.ts': `import { b } from './cycle-b.ts';\nexport const a = () => b;\n`,
  'src/cycle-b.ts': `import { a } from './cycle-a.ts';\nexport const b = () => a;\n`,
  'src/one/up.ts': `import { down } from '../two/down.ts';\nexport const up = down;\n`,
  'src/two/down.ts': `export const down = 1;\n`,
  'src/two/back.ts': `import { other } from '../one/other.ts';\nexport const back = other;\n`,
  'src/one/other.ts': `export const other = 2;\n`,
  'src/uses-path.ts': `import { join } from 'node:path';\nexport const p = join;\n`,
  'src/typo.ts': `import { nothing } from './no-such-file.ts';\nexport const t = nothing;\n`,
};

function violations(output: string): string[] {
  return [...output.matchAll(/error ([\w-]+): (\S+) → (\S+)/g)].map((m) => `${m[1]} ${m[2]} → ${m[3]!.replace(/^.*?node_modules\//, 'node_modules/')}`).sort();
}

describe('layer rules (npm run deps)', () => {
  it('the repository keeps every rule', () => {
    const r = runDepcruise();
    expect(r.output).toMatch(/no dependency violations found/);
    expect(r.status).toBe(0);
  });

  it('fail on each kind of violation, and pass the files that keep the rules', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hardcall-layers-'));
    for (const [file, text] of Object.entries(FILES)) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const r = runDepcruise(dir, ['engine', 'src']);
    expect(r.status).not.toBe(0);
    const found = violations(r.output);
    expect(found).toEqual(
      [
        'engine-not-to-app engine/to-app.ts → src/q.ts',
        'engine-no-ui-libs engine/uses-react.ts → node_modules/react/index.js',
        'node-builtins-only-node-side engine/uses-fs.ts → fs',
        'node-builtins-only-node-side src/uses-path.ts → path',
        'app-through-engine-entry src/deep.ts → engine/core.ts',
        'no-unresolvable src/typo.ts → ./no-such-file.ts',
      ].sort(),
    );
    // Cycles are reported with their whole loop, over lines of their own (engine ⇄ src is one too).
    expect(r.output).toMatch(/error no-file-cycle: src\/cycle-(a|b)\.ts/);
    expect(r.output).toMatch(/error no-folder-cycle: src\/(one|two)/);
    expect(r.output).toMatch(/error no-folder-cycle: engine/);
    expect(r.output).not.toMatch(/engine\/cli\/reads\.ts|src\/view\.tsx|src\/q\.ts →/);
  });
});
