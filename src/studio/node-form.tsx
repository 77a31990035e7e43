import { useState } from 'react';
import { ENDINGS, type Locale } from '../../engine/index.ts';
import { navigate } from '../app/app-state.ts';
import { useStore } from '../app/store.ts';
import { formatRoute } from '../app/routes.ts';
import { addChoice, addNode, countReferences, deleteNode, renameNode, setEnding, setField } from './doc-edit.ts';
import { applyEdit, getIn, Refusal, TextField } from './form-fields.tsx';
import { practiceKey } from './practice.ts';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';
import type { StudioMessageKey } from '../i18n/studio-i18n.ts';

/** Pick an id not yet used among `taken`, as `base-N`. */
export function freeId(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  for (let n = 1; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}

/** The form of one node: id (rename), kind, customer line, its replies, new nodes, play from here, delete. */
export function NodeForm({ session, data, id, draftId }: { session: StudioSession; data: unknown; id: string; draftId: string }) {
  const t = useStudioT();
  const [refusal, setRefusal] = useState<StudioMessageKey | null>(null);
  const [newId, setNewId] = useState(id);
  const [nodeName, setNodeName] = useState('');
  const loads = useStore(session.store, (st) => st.loads);
  const [mood, setMood] = useState(() => Number(getIn(data, ['persona', 'mood']) ?? 70));
  const node = getIn(data, ['nodes', id]);
  const locale = getIn(data, ['locale']) as Locale | undefined;
  const choices = (getIn(node, ['choices']) as unknown[] | undefined) ?? [];
  const end = getIn(node, ['end']) as string | undefined;
  const run = (r: Parameters<typeof applyEdit>[1], label: string, group?: string) => setRefusal(applyEdit(session, r, label, group));
  const text = () => session.text();

  const addReply = () => {
    const choiceId = freeId('reply', choices.map((c) => String(getIn(c, ['id']))));
    run(addChoice(text(), id, { id: choiceId, reply: '…', to: id }), 'add-choice');
    session.select({ kind: 'choice', nodeId: id, index: choices.length });
  };
  const createNode = () => {
    const nid = nodeName.trim() || freeId('node', Object.keys((getIn(data, ['nodes']) as object) ?? {}));
    const r = addNode(text(), nid, { customer: '…', end: 'resolved' });
    run(r, 'add-node');
    if (typeof r === 'string') (setNodeName(''), session.select({ kind: 'node', id: nid }));
  };
  const remove = () => {
    if (!window.confirm(t('confirmDeleteNode', { id, count: countReferences(text(), id) }))) return;
    run(deleteNode(text(), id), 'delete-node');
    session.select(null);
  };
  const play = async () => {
    await session.flush();
    navigate(formatRoute({ name: 'call', key: practiceKey(draftId, id, Math.max(0, Math.min(100, Math.round(mood)))) }));
  };

  if (node === undefined) return <p>{t('selectHint')}</p>;
  return (
    <div className="node-form">
      <h2>{t('nodeHeading', { id })}</h2>
      <Refusal message={refusal} />
      <form className="inline-form" onSubmit={(e) => (e.preventDefault(), run(renameNode(text(), id, newId.trim()), 'rename'), newId.trim() !== id && session.select({ kind: 'node', id: newId.trim() }))}>
        <label>
          {t('fieldNodeId')} <input value={newId} onChange={(e) => setNewId(e.target.value)} />
        </label>
        <button type="submit">{t('rename')}</button>
      </form>
      <TextField label={t('fieldCustomer')} value={String(getIn(node, ['customer']) ?? '')} multiline lang={locale} onCommit={(v) => run(setField(text(), ['nodes', id, 'customer'], v), 'field', `customer:${id}`)} />
      <label className="field">
        {t('fieldKind')}{' '}
        <select value={end ?? ''} onChange={(e) => run(setEnding(text(), id, e.target.value || null, { id: 'reply-1', reply: '…', to: id }), 'ending')}>
          <option value="">{t('kindTurn')}</option>
          {ENDINGS.map((o) => (
            <option key={o} value={o}>
              {t('statusEnding', { outcome: o })}
            </option>
          ))}
        </select>
      </label>
      {!end && (
        <>
          <h3>{t('repliesHeading')}</h3>
          <ul className="studio-replies">
            {choices.map((c, i) => (
              <li key={i}>
                <button type="button" onClick={() => session.select({ kind: 'choice', nodeId: id, index: i })} aria-label={t('editReply', { id: String(getIn(c, ['id'])) })}>
                  {String(getIn(c, ['id']))}
                </button>{' '}
                <span lang={locale}>{String(getIn(c, ['reply']) ?? '')}</span>
              </li>
            ))}
          </ul>
          <button type="button" onClick={addReply}>
            {t('addReply')}
          </button>
        </>
      )}
      <div className="inline-form">
        <label>
          {t('newNodeId')} <input value={nodeName} onChange={(e) => setNodeName(e.target.value)} />
        </label>
        <button type="button" onClick={createNode}>
          {t('addNode')}
        </button>
      </div>
      {!end && (
        <div className="inline-form play-from-here">
          <label>
            {t('playMood')} <input type="number" min={0} max={100} value={mood} onChange={(e) => setMood(Number(e.target.value))} />
          </label>
          <button type="button" onClick={() => void play()} disabled={!loads} aria-describedby={loads ? undefined : 'play-needs-fix'}>
            {t('playFromHere')}
          </button>
          {!loads && (
            <span id="play-needs-fix" className="muted">
              {t('playNeedsFix')}
            </span>
          )}
        </div>
      )}
      <p>
        <button type="button" className="danger" onClick={remove}>
          {t('deleteNode')}
        </button>
      </p>
    </div>
  );
}
