import { useEffect, useRef } from 'react';
import type { Choice, Locale } from '../../engine/index.ts';
import { useT } from '../state/use-t.ts';

/** The agent's possible replies as buttons named by their text; keys 1–9 pick them. */
export function ReplyButtons({ choices, locale, onChoose, turnKey }: { choices: readonly Choice[]; locale: Locale; onChoose: (id: string) => void; turnKey: number }) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  const max = Math.min(9, choices.length);

  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || isTyping(e.target)) return;
      const n = Number(e.key);
      if (!Number.isInteger(n) || n < 1 || n > max) return;
      e.preventDefault();
      onChoose(choices[n - 1]!.id);
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [choices, max, onChoose]);

  // After a reply, focus stays with the replies (now the next turn's), so keyboard play never loses its place.
  useEffect(() => {
    const active = document.activeElement;
    if (turnKey > 0 && (active === document.body || active?.closest('.replies'))) list.current?.querySelector('button')?.focus();
  }, [turnKey]);

  return (
    <section className="replies" aria-labelledby="replies-heading">
      <h2 id="replies-heading">{t('yourReplies')}</h2>
      <p className="hint">{t('repliesHint', { max })}</p>
      <div ref={list} className="reply-list">
        {choices.map((c, i) => (
          <button
            key={c.id}
            type="button"
            className="reply"
            data-reply={c.id}
            aria-keyshortcuts={i < 9 ? String(i + 1) : undefined}
            onClick={() => onChoose(c.id)}
          >
            {i < 9 && (
              <span className="key" aria-hidden="true">
                {i + 1}
              </span>
            )}
            <span lang={locale}>{c.reply}</span>
          </button>
        ))}
      </div>
    </section>
  );
}

// Digits belong to the field when the agent is typing or picking from a list; on buttons, links and
// checkboxes they choose a reply.
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset', 'file'].includes(target.type);
}
