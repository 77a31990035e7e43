import { useEffect, useRef, useState } from 'react';
import { useStore } from '../state/store.ts';
import type { CodeEditor } from './code-editor.ts';
import { useProblemWords } from './problem-words.ts';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';

/** The YAML view: CodeMirror loads on first use (its own chunk), edits the same text as the form. */
export function CodeView({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<CodeEditor | null>(null);
  const [ready, setReady] = useState(false);
  const text = useStore(session.store, (s) => s.history.present.text);
  const problems = useStore(session.store, (s) => s.problems);
  const word = useProblemWords();

  useEffect(() => {
    let live = true;
    void import('./code-editor.ts').then(({ mountCodeEditor }) => {
      if (!live || !host.current) return;
      editor.current = mountCodeEditor({
        parent: host.current,
        text: session.text(),
        label: t('codeEditorLabel'),
        onChange: (next) => session.apply(next, 'typing', 'code'),
        onUndo: () => session.undo(),
        onRedo: () => session.redo(),
        nodeIds: () => session.store.get().model?.nodes.filter((n) => !n.missing).map((n) => n.id) ?? [],
      });
      setReady(true);
    });
    return () => {
      live = false;
      editor.current?.destroy();
      editor.current = null;
    };
  }, [session, t]);
  useEffect(() => {
    editor.current?.setText(text);
  }, [text, ready]);
  useEffect(() => {
    // Problems belong to the text they were found in; the checker always answers for the newest text last.
    editor.current?.setProblems(problems, word);
  }, [problems, ready, word]);

  return (
    <div className="code-view">
      {!ready && <p role="status">{t('loadingEditor')}</p>}
      <div ref={host} className="code-host" />
    </div>
  );
}
