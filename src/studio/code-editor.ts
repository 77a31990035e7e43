import { autocompletion, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, indentWithTab } from '@codemirror/commands';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, foldGutter, indentOnInput, syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { EditorState, type Text } from '@codemirror/state';
import { EditorView, highlightActiveLine, highlightActiveLineGutter, keymap, lineNumbers } from '@codemirror/view';
import type { Problem } from '../../engine/index.ts';
import schema from '../../scenarios/scenario.schema.json';
import { cursorContext, suggest, type SchemaNode } from './schema-complete.ts';

// The code view: CodeMirror 6 with YAML, completion from the scenario schema, problems as diagnostics.
// Its own history is left out: undo and redo go to the studio's history, shared with the form and graph.

export interface CodeEditorOptions {
  parent: HTMLElement;
  text: string;
  label: string;
  onChange(text: string): void;
  onUndo(): void;
  onRedo(): void;
  nodeIds(): readonly string[];
}

/** The handle the React view keeps: replace the text from outside, show problems, destroy. */
export interface CodeEditor {
  setText(text: string): void;
  /** Show problems as diagnostics, worded by `word` in the UI language. */
  setProblems(problems: readonly Problem[], word: (p: Problem) => string): void;
  focus(): void;
  destroy(): void;
}

function complete(nodeIds: () => readonly string[]) {
  return (ctx: CompletionContext): CompletionResult | null => {
    const text = ctx.state.doc.toString();
    const cursor = cursorContext(text, ctx.pos);
    if (!cursor) return null;
    const options = suggest(schema as SchemaNode, cursor, nodeIds());
    if (options.length === 0 || (!ctx.explicit && cursor.prefix === '' && cursor.valueOf === null && !/^\s*(-\s+)?$/.test(text.slice(text.lastIndexOf('\n', ctx.pos - 1) + 1, ctx.pos)))) return null;
    return {
      from: ctx.pos - cursor.prefix.length,
      options: options.map((o) => ({ label: o.label, type: o.kind === 'key' ? 'property' : 'enum', ...(o.detail ? { info: o.detail } : {}), apply: o.kind === 'key' ? `${o.label}: ` : o.label })),
      validFor: /^[\w$-]*$/,
    };
  };
}

function diagnosticsFor(doc: Text, problems: readonly Problem[], word: (p: Problem) => string): Diagnostic[] {
  return problems.map((p) => {
    const line = doc.line(Math.min(Math.max(1, p.line), doc.lines));
    const from = Math.min(line.from + Math.max(0, p.column - 1), line.to);
    return { from, to: Math.max(from, line.to), severity: p.severity, message: `${word(p)} [${p.code}]` };
  });
}

/** The span of `before` to replace, and with what, to get `after`: common prefix and suffix kept. */
export function differingRange(before: string, after: string): { from: number; to: number; insert: string } {
  let start = 0;
  const max = Math.min(before.length, after.length);
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}

/** Mount the YAML editor. */
export function mountCodeEditor(o: CodeEditorOptions): CodeEditor {
  let applying = false;
  const view = new EditorView({
    parent: o.parent,
    state: EditorState.create({
      doc: o.text,
      extensions: [
        lineNumbers(),
        highlightActiveLineGutter(),
        foldGutter(),
        indentOnInput(),
        bracketMatching(),
        highlightActiveLine(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        yaml(),
        lintGutter(),
        autocompletion({ override: [complete(o.nodeIds)] }),
        keymap.of([
          { key: 'Mod-z', run: () => (o.onUndo(), true), preventDefault: true },
          { key: 'Mod-y', run: () => (o.onRedo(), true), preventDefault: true },
          { key: 'Mod-Shift-z', run: () => (o.onRedo(), true), preventDefault: true },
          indentWithTab,
          ...defaultKeymap,
        ]),
        EditorView.contentAttributes.of({ 'aria-label': o.label, tabindex: '0' }),
        EditorView.updateListener.of((u) => {
          if (u.docChanged && !applying) o.onChange(u.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(text) {
      const current = view.state.doc.toString();
      if (current === text) return;
      // Replace only the part that differs (an undo is usually small), so the YAML parser reparses
      // incrementally instead of the whole document.
      const { from, to, insert } = differingRange(current, text);
      applying = true;
      view.dispatch({ changes: { from, to, insert }, selection: { anchor: Math.min(from + insert.length, text.length) }, scrollIntoView: true });
      applying = false;
    },
    setProblems(problems, word) {
      view.dispatch(setDiagnostics(view.state, diagnosticsFor(view.state.doc, problems, word)));
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
