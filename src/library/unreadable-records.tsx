import type { MessageKey } from '../i18n/i18n.ts';
import { progressStore } from '../state/storage.ts';
import { useT } from '../state/use-t.ts';
import type { Unreadable } from '../storage/progress-store.ts';
import type { StoreName } from '../storage/records.ts';

const KINDS: Record<StoreName, MessageKey> = { calls: 'recordKind_calls', attempts: 'recordKind_attempts', uploads: 'recordKind_uploads', sources: 'recordKind_sources' };

/** Stored records that failed to read: each named, with a button to delete it; the rest of the app works on. */
export function UnreadableRecords({ records }: { records: readonly Unreadable[] }) {
  const t = useT();
  return (
    <section className="unreadable" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">{t('unreadableHeading')}</h2>
      <p>{t('unreadableHelp')}</p>
      <ul>
        {records.map((r) => {
          const params = { kind: t(KINDS[r.store]), key: String(r.key), field: r.field ?? '' };
          return (
            <li key={`${r.store}:${String(r.key)}`}>
              <span className="user-text">{t(r.reason === 'bad-field' ? 'unreadableField' : 'unreadableShape', params)}</span>{' '}
              <button type="button" onClick={() => void progressStore.deleteUnreadable(r)}>
                {t('deleteRecord', params)}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
