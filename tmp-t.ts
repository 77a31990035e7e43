import { readFileSync } from 'node:fs';
import { loadScenario, createGrader } from './engine/index.ts';
import { listPaths } from './tests/analyze/brute-force.ts';
const r = loadScenario(readFileSync('scenarios/perfect-customer.yaml', 'utf8'), 'x'); if (!r.ok) throw 1;
const paths = listPaths(r.value); const g = createGrader(r.value);
let t = performance.now(); for (const p of paths) g.grade(p); console.log(paths.length, 'paths', (performance.now() - t).toFixed(0), 'ms');
