import { useState } from 'react';
import { ENDINGS, type Locale } from '../../engine/index.ts';
import { navigate } from '../state/app-store.ts';
import { useStore } from '../state/store.ts';
import { formatRoute } from '../state/routes.ts';
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

type Run = (r: Parameters<typeof applyEdit>[1], label: string, group?: string) => void;

/** The form of one node: id (rename), kind, customer line, its replies, new nodes, play from here, delete. */
export function NodeForm({ session, data, id, draftId }: { session: StudioSession; data: unknown; id: string; draftId: string }) {
  const t = useStudioT();
  const [refusal, setRefusal] = useState<StudioMessageKey | null>(null);
  const [newId, setNewId] = useState(id);
  const node = getIn(data, ['nodes', id]);
  const locale = getIn(data, ['locale']) as Locale | undefined;
  const end = getIn(node, ['end']) as string | undefined;
  const run: Run = (r, label, group) => setRefusal(applyEdit(session, r, label, group));
  const text = () => session.text();
  const rename = (e: React.FormEvent) => {
    e.preventDefault();
    const to = newId.trim();
    const r = renameNode(text(), id, to);
    run(r, 'rename');
    if (typeof r === 'string' && to !== id) session.select({ kind: 'node', id: to });
  };
  const remove = () => {
    if (!window.confirm(t('confirmDeleteNode', { id, count: countReferences(text(), id) }))) return;
    run(deleteNode(text(), id), 'delete-node');
    session.select(null);
  };
  if (node === undefined) return <p>{t('selectHint')}</p>;
  return (
    <div className="node-form">
      <h2>{t('nodeHeading', { id })}</h2>
      <Refusal message={refusal} />
      <form className="inline-form" onSubmit={rename}>
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
      {!end && <NodeReplies session={session} node={node} id={id} locale={locale} run={run} />}
      <NewNode session={session} data={data} run={run} />
      {!end && <PlayFromHere session={session} data={data} id={id} draftId={draftId} />}
      <p>
        <button type="button" className="danger" onClick={remove}>
          {t('deleteNode')}
        </button>
      </p>
    </div>
  );
}

function NodeReplies({ session, node, id, locale, run }: { session: StudioSession; node: unknown; id: string; locale: Locale | undefined; run: Run }) {
  const t = useStudioT();
  const choices = (getIn(node, ['choices']) as unknown[] | undefined) ?? [];
  const addReply = () => {
    const choiceId = freeId('reply', choices.map((c) => String(getIn(c, ['id']))));
    run(addChoice(session.text(), id, { id: choiceId, reply: '…', to: id }), 'add-choice');
    session.select({ kind: 'choice', nodeId: id, index: choices.length });
  };
  return (
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
  );
}

function NewNode({ session, data, run }: { session: StudioSession; data: unknown; run: Run }) {
  const t = useStudioT();
  const [nodeName, setNodeName] = useState('');
  const create = () => {
    const nid = nodeName.trim() || freeId('node', Object.keys((getIn(data, ['nodes']) as object) ?? {}));
    const r = addNode(session.text(), nid, { customer: '…', end: 'resolved' });
    run(r, 'add-node');
    if (typeof r !== 'string') return;
    setNodeName('');
    session.select({ kind: 'node', id: nid });
  };
  return (
    <div className="inline-form">
      <label>
        {t('newNodeId')} <input value={nodeName} onChange={(e) => setNodeName(e.target.value)} />
      </label>
      <button type="button" onClick={create}>
        {t('addNode')}
      </button>
    </div>
  );
}

function PlayFromHere({ session, data, id, draftId }: { session: StudioSession; data: unknown; id: string; draftId: string }) {
  const t = useStudioT();
  const loads = useStore(session.store, (st) => st.loads);
  const [mood, setMood] = useState(() => Number(getIn(data, ['persona', 'mood']) ?? 70));
  const play = async () => {
    await session.flush();
    navigate(formatRoute({ name: 'call', key: practiceKey(draftId, id, Math.max(0, Math.min(100, Math.round(mood)))) }));
  };
  return (
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
  );
}
