// Pan and zoom of the graph as plain numbers, written straight to the layer's CSS transform (no React render per
// frame), so panning and zooming run at display rate whatever the size of the graph.

export interface View {
  x: number;
  y: number;
  k: number;
}

export const MIN_ZOOM = 0.05;
export const MAX_ZOOM = 2.5;

/** Zoom by a factor about a point of the viewport, keeping that point still. */
export function zoomAt(v: View, factor: number, px: number, py: number): View {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.k * factor));
  const f = k / v.k;
  return { k, x: px - (px - v.x) * f, y: py - (py - v.y) * f };
}

/** The view that shows a whole area in a viewport, never enlarged past 1:1. */
export function fitView(width: number, height: number, vw: number, vh: number, pad = 24): View {
  const k = Math.max(MIN_ZOOM, Math.min(1, (vw - 2 * pad) / Math.max(width, 1), (vh - 2 * pad) / Math.max(height, 1)));
  return { k, x: (vw - width * k) / 2, y: (vh - height * k) / 2 };
}

/** The view that centres a point of the graph in the viewport at the current zoom. */
export function centreOn(v: View, gx: number, gy: number, vw: number, vh: number): View {
  return { k: v.k, x: vw / 2 - gx * v.k, y: vh / 2 - gy * v.k };
}

/** Write a view as a CSS transform of the graph's layer. */
export function transformOf(v: View): string {
  return `translate(${v.x.toFixed(1)}px, ${v.y.toFixed(1)}px) scale(${v.k.toFixed(4)})`;
}
