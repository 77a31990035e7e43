import { useState } from 'react';
import { TEMPERAMENTS } from '../../engine/index.ts';
import type { StudioMessageKey } from '../i18n/studio-i18n.ts';
import { setField, type DocPath } from './doc-edit.ts';
import { applyEdit, getIn, Refusal, TextField } from './form-fields.tsx';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';

/** The scenario's own fields that a trainer changes most: title, customer, pass score, turns, start. */
export function ScenarioForm({ session, data }: { session: StudioSession; data: unknown }) {
  const t = useStudioT();
  const [refusal, setRefusal] = useState<StudioMessageKey | null>(null);
  const set = (path: DocPath, v: unknown) => setRefusal(applyEdit(session, setField(session.text(), path, v), 'field', path.join('.')));
  const num = (path: DocPath) => (v: string) => Number.isFinite(Number(v)) && v.trim() !== '' && set(path, Math.round(Number(v)));
  const nodeIds = Object.keys((getIn(data, ['nodes']) as object) ?? {});
  const str = (path: DocPath) => String(getIn(data, path) ?? '');
  return (
    <div className="scenario-form">
      <h2>{t('scenarioHeading')}</h2>
      <p className="muted">{t('selectHint')}</p>
      <Refusal message={refusal} />
      <TextField label={t('fieldTitle')} value={str(['title'])} onCommit={(v) => set(['title'], v)} />
      <TextField label={t('fieldPersonaName')} value={str(['persona', 'name'])} onCommit={(v) => set(['persona', 'name'], v)} />
      <label className="field">
        {t('fieldTemperament')}{' '}
        <select value={str(['persona', 'temperament'])} onChange={(e) => set(['persona', 'temperament'], e.target.value)}>
          {TEMPERAMENTS.map((x) => (
            <option key={x} value={x}>
              {x}
            </option>
          ))}
        </select>
      </label>
      <TextField label={t('fieldStartMood')} value={str(['persona', 'mood'])} onCommit={num(['persona', 'mood'])} />
      <TextField label={t('fieldPassScore')} value={str(['passScore'])} onCommit={num(['passScore'])} />
      <TextField label={t('fieldMaxTurns')} value={str(['maxTurns'])} onCommit={num(['maxTurns'])} />
      <label className="field">
        {t('fieldStart')}{' '}
        <select value={str(['start'])} onChange={(e) => set(['start'], e.target.value)}>
          {nodeIds.map((id) => (
            <option key={id} value={id}>
              {id}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
