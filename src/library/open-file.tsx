import { useId, useState } from 'react';
import type { Problem } from '../../engine/index.ts';
import { navigate } from '../state/app-store.ts';
import { formatRoute } from '../state/routes.ts';
import { registry } from '../state/storage.ts';
import { useT } from '../state/use-t.ts';
import { ProblemList } from './problem-list.tsx';

type OpenState = { kind: 'idle' } | { kind: 'reading'; file: string } | { kind: 'failed'; file: string; problems: Problem[] };

/** "Open scenario file…": plays a trainer's YAML/JSON file, or shows its located errors in the page. */
export function OpenFile() {
  const t = useT();
  const id = useId();
  const [state, setState] = useState<OpenState>({ kind: 'idle' });

  async function onFile(file: File) {
    setState({ kind: 'reading', file: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const r = await registry.open(bytes, file.name);
      if (!r.ok) {
        setState({ kind: 'failed', file: file.name, problems: r.problems });
        return;
      }
      setState({ kind: 'idle' });
      navigate(formatRoute({ name: 'call', key: r.key }));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      const problem: Problem = { code: 'read-failed', severity: 'error', params: { detail: message }, file: file.name, line: 1, column: 1 };
      setState({ kind: 'failed', file: file.name, problems: [problem] });
    }
  }

  return (
    <section className="open-file" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('openFileHeading')}</h2>
      <p id={`${id}-help`}>{t('openFileHelp')}</p>
      <label className="file-button">
        {t('openFile')}
        <input
          type="file"
          accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
          aria-describedby={`${id}-help`}
          onChange={(e) => {
            const f = e.target.files?.[0];
            e.target.value = '';
            if (f) void onFile(f);
          }}
        />
      </label>
      <div aria-live="polite">
        {state.kind === 'reading' && <p>{t('fileReading', { file: state.file })}</p>}
      </div>
      {state.kind === 'failed' && (
        <div role="alert" className="file-errors">
          <p>
            <strong>{t('fileErrors', { file: state.file, count: state.problems.length })}</strong>
          </p>
          <ProblemList problems={state.problems} />
        </div>
      )}
    </section>
  );
}
