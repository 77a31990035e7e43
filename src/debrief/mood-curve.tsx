import { useId } from 'react';
import { useT } from '../state/use-t.ts';
import { moodCurvePoints } from './divergence.ts';

const W = 560;
const H = 200;
const PAD = 28;

/** The customer's anger after each turn (dead air marked) as an SVG line chart, with a text summary for screen readers. */
export function MoodCurve({ trace, silentTurns }: { trace: readonly number[]; silentTurns: readonly number[] }) {
  const t = useT();
  const id = useId();
  const pts = moodCurvePoints(trace, W, H, PAD);
  const summary = t('moodCurveSummary', { from: trace[0] ?? 0, to: trace[trace.length - 1] ?? 0, turns: trace.length - 1 });
  return (
    <figure className="mood-curve">
      <figcaption id={`${id}-cap`}>
        <strong>{t('moodCurve')}</strong> — {summary}
      </figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${id}-cap`} preserveAspectRatio="xMidYMid meet">
        {[0, 25, 50, 75, 100].map((m) => {
          const y = PAD + (1 - m / 100) * (H - 2 * PAD);
          return (
            <g key={m} className="grid">
              <line x1={PAD} x2={W - PAD} y1={y} y2={y} />
              <text x={PAD - 6} y={y + 4} textAnchor="end">
                {m}
              </text>
            </g>
          );
        })}
        <text className="axis-label" x={W / 2} y={H - 4} textAnchor="middle">
          {t('turnAxis')}
        </text>
        <polyline className="curve" points={pts.map((p) => `${p.x},${p.y}`).join(' ')} />
        {pts.map((p, i) => (
          <g key={i}>
            <circle className={silentTurns.includes(i) ? 'dot dot-silence' : 'dot'} cx={p.x} cy={p.y} r={4} />
            <text className="dot-label" x={p.x} y={p.y - 8} textAnchor="middle">
              {trace[i]}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
