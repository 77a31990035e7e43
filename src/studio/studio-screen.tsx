import './studio.css';
import { DraftsView } from './drafts-view.tsx';
import { EditorScreen } from './editor-screen.tsx';

/** The studio route: the list of drafts, or the editor of one. */
export function StudioScreen({ draftId }: { draftId: string | null }) {
  return draftId ? <EditorScreen draftId={draftId} /> : <DraftsView />;
}
