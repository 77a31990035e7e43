import type { MessageKey } from '../i18n/i18n.ts';
import { appStore, dismissStorageProblem } from '../state/app-store.ts';
import { useStore } from '../state/store.ts';
import { useT } from '../state/use-t.ts';
import type { StorageProblem } from '../storage/storage-error.ts';

const REASONS: Record<StorageProblem['code'], MessageKey> = {
  quota: 'storageReason_quota',
  blocked: 'storageReason_blocked',
  unavailable: 'storageReason_unavailable',
  timeout: 'storageReason_timeout',
  other: 'storageReason_other',
};

/** Why progress cannot be saved (a failure or a timeout alike), until dismissed; the app goes on in memory. */
export function StorageNotice() {
  const t = useT();
  const problem = useStore(appStore, (s) => s.storageProblem);
  if (!problem) return null;
  const reason = t(REASONS[problem.code], { ...problem });
  return (
    <div className="notice notice-warning" role="alert">
      <p>{t('storageFailed', { reason })}</p>
      <button type="button" onClick={dismissStorageProblem}>
        {t('dismiss')}
      </button>
    </div>
  );
}
