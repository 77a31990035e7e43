import { memo } from 'react';
import type { Layout } from './layout.ts';
import { NODE_H, NODE_W } from './layout.ts';
import type { View } from './pan-zoom.ts';

const SIZE = 160;

const MinimapNodes = memo(function MinimapNodes({ layout }: { layout: Layout }) {
  const rects = [];
  for (const [id, p] of layout.nodes) rects.push(<rect key={id} x={p.x} y={p.y} width={NODE_W} height={NODE_H} />);
  return <g className="minimap-nodes">{rects}</g>;
});

/** Outline the visible part of the graph on the minimap, straight on the element (called on every pan). */
export function placeMinimapView(rect: SVGRectElement | null, v: View, box: HTMLElement | null): void {
  if (!rect || !box) return;
  rect.setAttribute('x', String(-v.x / v.k));
  rect.setAttribute('y', String(-v.y / v.k));
  rect.setAttribute('width', String(box.clientWidth / v.k));
  rect.setAttribute('height', String(box.clientHeight / v.k));
}

/** An overview of the whole graph with the visible part outlined; a click centres the view there (mouse aid only). */
export function Minimap({ layout, viewRect, onCentre }: { layout: Layout; viewRect: React.RefObject<SVGRectElement | null>; onCentre: (gx: number, gy: number) => void }) {
  const scale = Math.min(SIZE / Math.max(layout.width, 1), SIZE / Math.max(layout.height, 1));
  const w = layout.width * scale;
  const h = layout.height * scale;
  return (
    <svg
      className="minimap"
      width={w}
      height={h}
      viewBox={`0 0 ${layout.width} ${layout.height}`}
      aria-hidden="true"
      onClick={(e) => {
        const r = e.currentTarget.getBoundingClientRect();
        onCentre((e.clientX - r.left) / scale, (e.clientY - r.top) / scale);
      }}
    >
      <MinimapNodes layout={layout} />
      <rect className="minimap-view" ref={viewRect} />
    </svg>
  );
}
