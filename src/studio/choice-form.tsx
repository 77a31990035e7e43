import { useState } from 'react';
import type { Locale } from '../../engine/index.ts';
import type { StudioMessageKey } from '../i18n/studio-i18n.ts';
import { deleteChoice, setField } from './doc-edit.ts';
import { applyEdit, getIn, Refusal, TextField } from './form-fields.tsx';
import { ReplyReads } from './reply-reads.tsx';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';
import { TargetsEditor } from './targets-editor.tsx';
import { VariantsPanel } from './variants-panel.tsx';

/** The form of one reply: id, text, mood, targets and guards, note; what the analyzer reads; teaching branches. */
export function ChoiceForm({ session, data, nodeId, index }: { session: StudioSession; data: unknown; nodeId: string; index: number }) {
  const t = useStudioT();
  const [refusal, setRefusal] = useState<StudioMessageKey | null>(null);
  const path = ['nodes', nodeId, 'choices', index];
  const choice = getIn(data, path);
  const locale = getIn(data, ['locale']) as Locale | undefined;
  const analysis = session.store.get().analysis;
  if (choice === undefined) return <p>{t('selectHint')}</p>;
  const id = String(getIn(choice, ['id']) ?? '');
  const figures = analysis?.choices.get(`${nodeId}/${id}`);
  const set = (field: string, v: unknown) => setRefusal(applyEdit(session, setField(session.text(), [...path, field], v), 'field', `${field}:${nodeId}/${index}`));
  const mood = getIn(choice, ['mood']);
  const nodeIds = Object.keys((getIn(data, ['nodes']) as object) ?? {});
  const remove = () => {
    if (!window.confirm(t('confirmDeleteReply', { id }))) return;
    setRefusal(applyEdit(session, deleteChoice(session.text(), nodeId, index), 'delete-choice'));
    session.select({ kind: 'node', id: nodeId });
  };
  return (
    <div className="choice-form">
      <h2>{t('choiceHeading', { id, node: nodeId })}</h2>
      <p>
        <button type="button" onClick={() => session.select({ kind: 'node', id: nodeId })}>
          {t('backToNode', { id: nodeId })}
        </button>
      </p>
      <Refusal message={refusal} />
      {figures && <p className="muted">{t('choiceFigures', { best: figures.best ?? '—', worst: figures.worst ?? '—' })}{figures.trap && <strong> · ⚠ {t('legendTrap')}</strong>}</p>}
      <TextField label={t('fieldChoiceId')} value={id} onCommit={(v) => set('id', v.trim())} />
      <TextField label={t('fieldReply')} value={String(getIn(choice, ['reply']) ?? '')} multiline lang={locale} onCommit={(v) => set('reply', v)} />
      <TextField label={t('fieldMood')} value={typeof mood === 'number' ? String(mood) : ''} onCommit={(v) => set('mood', v.trim() === '' || !Number.isFinite(Number(v)) ? undefined : Math.round(Number(v)))} />
      <TargetsEditor session={session} choice={choice} nodeIds={nodeIds} nodeId={nodeId} index={index} />
      <TextField label={t('fieldNote')} value={String(getIn(choice, ['note']) ?? '')} multiline lang={locale} onCommit={(v) => set('note', v.trim() === '' ? undefined : v)} />
      <ReplyReads session={session} data={data} nodeId={nodeId} index={index} />
      <VariantsPanel session={session} data={data} nodeId={nodeId} index={index} />
      <p>
        <button type="button" className="danger" onClick={remove}>
          {t('deleteReply')}
        </button>
      </p>
    </div>
  );
}
