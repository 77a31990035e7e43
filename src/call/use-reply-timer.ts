import { useEffect, useState } from 'react';

/**
 * Count down the seconds left to reply; when they run out, call `onExpire` (dead air) and start again.
 * The countdown restarts whenever `turnKey` changes and stops when `seconds` is 0 or `active` is false.
 */
export function useReplyTimer(seconds: number, active: boolean, turnKey: string, onExpire: () => void): number | null {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    setLeft(seconds);
    if (!active || seconds <= 0) return;
    let remaining = seconds;
    const id = setInterval(() => {
      remaining -= 1;
      if (remaining <= 0) {
        remaining = seconds;
        onExpire();
      }
      setLeft(remaining);
    }, 1000);
    return () => clearInterval(id);
  }, [seconds, active, turnKey, onExpire]);
  return active && seconds > 0 ? left : null;
}
