import { sha256Hex } from './canonical.ts';

/**
 * The order in which a node's replies are shown in an exam: a permutation of 0..n-1 fixed by the
 * attempt's seed, the scenario and the turn, so an attempt's screens can be reproduced from its record.
 */
export function replyOrder(seed: string, scenarioId: string, turn: number, n: number): number[] {
  const hex = sha256Hex(`${seed}|${scenarioId}|${turn}`);
  let state = parseInt(hex.slice(0, 8), 16) >>> 0 || 1;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    // xorshift32: a tiny generator is enough to deal a few replies; the hash above does the mixing.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    const j = state % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
