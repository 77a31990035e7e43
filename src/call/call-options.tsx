import { appStore, setOptions } from '../state/app-store.ts';
import { useT } from '../state/use-t.ts';
import { useStore } from '../state/store.ts';
import { TIMER_CHOICES } from '../storage/settings.ts';

/** Practice mode, reply timer and read-aloud switches (remembered between visits). */
export function CallOptionsBar() {
  const t = useT();
  const options = useStore(appStore, (s) => s.options);
  return (
    <fieldset className="options">
      <legend>{t('options')}</legend>
      <label>
        <input type="checkbox" checked={options.practice} onChange={(e) => setOptions({ practice: e.target.checked })} />
        {t('practiceMode')}
      </label>
      <label>
        {t('replyTimer')}{' '}
        <select value={options.timerSeconds} onChange={(e) => setOptions({ timerSeconds: Number(e.target.value) })}>
          {TIMER_CHOICES.map((s) => (
            <option key={s} value={s}>
              {s === 0 ? t('timerOff') : t('timerSeconds', { seconds: s })}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input type="checkbox" checked={options.readAloud} onChange={(e) => setOptions({ readAloud: e.target.checked })} />
        {t('readAloud')}
      </label>
    </fieldset>
  );
}
