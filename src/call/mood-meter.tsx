import { useEffect, useRef, useState } from 'react';
import { useT } from '../state/use-t.ts';
import type { MessageKey } from '../i18n/i18n.ts';

/** The word for a level of anger. */
export function moodBandKey(mood: number): MessageKey {
  return mood < 30 ? 'moodBand0' : mood < 55 ? 'moodBand1' : mood < 80 ? 'moodBand2' : 'moodBand3';
}

/** The customer's anger: a bar, the value as text, and a polite announcement whenever it changes. */
export function MoodMeter({ mood }: { mood: number }) {
  const t = useT();
  const previous = useRef(mood);
  const [announcement, setAnnouncement] = useState('');
  useEffect(() => {
    if (previous.current === mood) return;
    const direction = t(mood > previous.current ? 'moodUp' : 'moodDown');
    previous.current = mood;
    setAnnouncement(t('moodAnnounce', { direction, mood }));
  }, [mood, t]);
  const valueText = t('moodValue', { mood, band: t(moodBandKey(mood)) });
  return (
    <div className="mood">
      <span className="mood-label" id="mood-label">
        {t('moodLabel')}
      </span>
      <div
        className="mood-bar"
        role="meter"
        aria-labelledby="mood-label"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={mood}
        aria-valuetext={valueText}
      >
        <div className="mood-fill" style={{ width: `${mood}%`, background: moodColor(mood) }} />
      </div>
      <span className="mood-value">{valueText}</span>
      <span className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </span>
    </div>
  );
}

function moodColor(mood: number): string {
  const hue = Math.round(120 - (mood / 100) * 120);
  return `hsl(${hue} 70% 42%)`;
}
