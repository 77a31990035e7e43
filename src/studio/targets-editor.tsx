import { setTargets, type Target } from './doc-edit.ts';
import { applyEdit, getIn } from './form-fields.tsx';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';

type GuardKind = 'none' | 'moodAtLeast' | 'moodBelow';

function readTargets(choice: unknown): Target[] {
  const to = getIn(choice, ['to']);
  if (typeof to === 'string') return [{ to }];
  const next = getIn(choice, ['next']);
  if (!Array.isArray(next)) return [];
  return next.map((n) => {
    const when = getIn(n, ['when']);
    const at = getIn(when, ['moodAtLeast']);
    const below = getIn(when, ['moodBelow']);
    const target: Target = { to: String(getIn(n, ['to']) ?? '') };
    if (typeof at === 'number') target.when = { moodAtLeast: at };
    else if (typeof below === 'number') target.when = { moodBelow: below };
    return target;
  });
}

function guardOf(t: Target): { kind: GuardKind; value: number } {
  if (!t.when) return { kind: 'none', value: 50 };
  return 'moodAtLeast' in t.when ? { kind: 'moodAtLeast', value: t.when.moodAtLeast } : { kind: 'moodBelow', value: t.when.moodBelow };
}

function withGuard(t: Target, kind: GuardKind, value: number): Target {
  if (kind === 'none') return { to: t.to };
  return { to: t.to, when: kind === 'moodAtLeast' ? { moodAtLeast: value } : { moodBelow: value } };
}

/** Where a reply leads: its targets in order, each with an optional mood guard (first match wins). */
export function TargetsEditor({ session, choice, nodeIds, nodeId, index }: { session: StudioSession; choice: unknown; nodeIds: string[]; nodeId: string; index: number }) {
  const t = useStudioT();
  const targets = readTargets(choice);
  const write = (next: Target[]) => void applyEdit(session, setTargets(session.text(), nodeId, index, next), 'targets');
  const change = (i: number, target: Target) => write(targets.map((x, k) => (k === i ? target : x)));
  const options = targets.some((x) => !nodeIds.includes(x.to)) ? [...nodeIds, ...targets.map((x) => x.to).filter((x) => !nodeIds.includes(x))] : nodeIds;
  return (
    <fieldset className="targets">
      <legend>{t('targetsHeading')}</legend>
      {targets.map((target, i) => {
        const g = guardOf(target);
        return (
          <div key={i} className="target-row">
            <label>
              {t('fieldTarget')}{' '}
              <select value={target.to} onChange={(e) => change(i, { ...target, to: e.target.value })}>
                {options.map((id) => (
                  <option key={id} value={id}>
                    {id}
                  </option>
                ))}
              </select>
            </label>{' '}
            <label>
              {t('fieldGuard')}{' '}
              <select value={g.kind} onChange={(e) => change(i, withGuard(target, e.target.value as GuardKind, g.value))}>
                <option value="none">{t('guardNone')}</option>
                <option value="moodAtLeast">{t('guardAtLeast')}</option>
                <option value="moodBelow">{t('guardBelow')}</option>
              </select>
            </label>{' '}
            {g.kind !== 'none' && (
              <label>
                {t('guardValue')}{' '}
                <input type="number" min={0} max={100} value={g.value} onChange={(e) => change(i, withGuard(target, g.kind, Number(e.target.value)))} />
              </label>
            )}{' '}
            {targets.length > 1 && (
              <button type="button" onClick={() => write(targets.filter((_, k) => k !== i))}>
                {t('removeTarget', { n: i + 1 })}
              </button>
            )}
          </div>
        );
      })}
      <button type="button" onClick={() => write([{ to: targets[0]?.to ?? nodeId, when: { moodAtLeast: 80 } }, ...targets])}>
        {t('addTarget')}
      </button>
    </fieldset>
  );
}
