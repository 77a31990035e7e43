import { useEffect } from 'react';
import { zoomAt, type View } from './pan-zoom.ts';

/** Drag to pan and wheel to zoom, straight on the view; the graph itself does not re-render. */
export function usePointerPan(box: React.RefObject<HTMLDivElement | null>, view: React.RefObject<View>, show: (v: View) => void): void {
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let drag: { x: number; y: number; v: View } | null = null;
    const down = (e: PointerEvent) => {
      if ((e.target as Element).closest('.minimap')) return;
      drag = { x: e.clientX, y: e.clientY, v: view.current };
    };
    const move = (e: PointerEvent) => {
      if (!drag || (e.buttons & 1) === 0) return;
      show({ ...drag.v, x: drag.v.x + e.clientX - drag.x, y: drag.v.y + e.clientY - drag.y });
    };
    const up = () => (drag = null);
    const wheel = (e: WheelEvent) => {
      e.preventDefault();
      const r = el.getBoundingClientRect();
      show(zoomAt(view.current, Math.exp(-e.deltaY * 0.0015), e.clientX - r.left, e.clientY - r.top));
    };
    el.addEventListener('pointerdown', down);
    el.addEventListener('pointermove', move);
    window.addEventListener('pointerup', up);
    el.addEventListener('wheel', wheel, { passive: false });
    return () => {
      el.removeEventListener('pointerdown', down);
      el.removeEventListener('pointermove', move);
      window.removeEventListener('pointerup', up);
      el.removeEventListener('wheel', wheel);
    };
  }, [box, view, show]);
}
