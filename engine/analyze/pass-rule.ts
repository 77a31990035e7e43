// How the backward and forward passes test a histogram bucket for passing; shared by both, so neither
// pass imports the other.
import { BASE_SCORE } from '../rules/run.ts';

/** How a remaining-points histogram decides passing, given the scenario's passScore. */
export interface PassRule {
  /** 'all': every path without a critical violation passes; 'none': no path passes; 'threshold': see need. */
  mode: 'all' | 'none' | 'threshold';
  /** In 'threshold' mode a path passes when its total (units, BASE excluded) is at least this. */
  need: number;
}

/** Decide how passing is tested for a pass score on a grid of `unit` points. */
export function passRuleFor(passScore: number, unit: number): PassRule {
  if (passScore <= 0) return { mode: 'all', need: -Infinity };
  if (passScore > 100) return { mode: 'none', need: Infinity };
  return { mode: 'threshold', need: Math.ceil((passScore - BASE_SCORE) / unit) };
}
