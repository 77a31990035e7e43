import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../app/store.ts';
import { GraphEdgeView, GraphNodeView } from './graph-nodes.tsx';
import { NODE_H, NODE_W } from './layout.ts';
import { Minimap, placeMinimapView } from './minimap.tsx';
import { centreOn, fitView, transformOf, zoomAt, type View } from './pan-zoom.ts';
import { useStudioT } from './studio-context.ts';
import type { StudioSession } from './studio-session.ts';

const NO_FLAGS: readonly string[] = [];

/** The scenario as a graph: select a node or reply, zoom, fit, pan, a minimap and go-to-node. */
export function GraphView({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const model = useStore(session.store, (s) => s.model);
  const layout = useStore(session.store, (s) => s.layout);
  const analysis = useStore(session.store, (s) => s.analysis);
  const flags = useStore(session.store, (s) => s.flags);
  const selection = useStore(session.store, (s) => s.selection);
  const box = useRef<HTMLDivElement>(null);
  // The graph is drawn once into a compositor layer; pan and zoom move that layer (no repaint per frame).
  const canvas = useRef<HTMLDivElement>(null);
  const view = useRef<View>({ x: 20, y: 20, k: 1 });
  const miniView = useRef<SVGRectElement>(null);
  const [search, setSearch] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);

  const show = useCallback((v: View) => {
    view.current = v;
    if (canvas.current) canvas.current.style.transform = transformOf(v);
    box.current?.classList.toggle('zoomed-out', v.k < 0.45);
    placeMinimapView(miniView.current, v, box.current);
  }, []);
  const size = () => ({ w: box.current?.clientWidth ?? 800, h: box.current?.clientHeight ?? 500 });
  const fit = useCallback(() => {
    if (!layout) return;
    const { w, h } = size();
    show(fitView(layout.width, layout.height, w, h));
  }, [layout, show]);
  const fitted = useRef(false);
  useEffect(() => {
    if (layout && !fitted.current) {
      fitted.current = true;
      fit();
    }
  }, [layout, fit]);

  const selectedNode = selection?.kind === 'node' ? selection.id : selection?.kind === 'choice' ? selection.nodeId : null;
  const replies = useMemo(() => {
    const n = new Map<string, number>();
    for (const e of model?.edges ?? []) n.set(e.from, Math.max(n.get(e.from) ?? 0, e.choiceIndex + 1));
    return n;
  }, [model]);
  const focusId = selectedNode ?? model?.nodes.find((n) => n.start)?.id ?? model?.nodes[0]?.id;

  const goTo = useCallback(
    (id: string, focus = true) => {
      const at = layout?.nodes.get(id);
      if (!at) return false;
      const { w, h } = size();
      show(centreOn(view.current, at.x + NODE_W / 2, at.y + NODE_H / 2, w, h));
      session.select({ kind: 'node', id });
      if (focus) requestAnimationFrame(() => box.current?.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"]`)?.focus());
      return true;
    },
    [layout, session, show],
  );

  const onKey = (e: React.KeyboardEvent) => {
    const { w, h } = size();
    if (e.key === '+' || e.key === '=') return show(zoomAt(view.current, 1.25, w / 2, h / 2));
    if (e.key === '-') return show(zoomAt(view.current, 0.8, w / 2, h / 2));
    if (e.key === '0') return fit();
    const id = (e.target as Element).getAttribute?.('data-node');
    if (!id || !model || !layout) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      session.select({ kind: 'node', id });
      return;
    }
    const next = neighbour(id, e.key, model.edges, layout.nodes);
    if (next) {
      e.preventDefault();
      goTo(next);
    }
  };
  const onClick = (e: React.MouseEvent) => {
    const target = e.target as Element;
    const node = target.closest('[data-node]')?.getAttribute('data-node');
    if (node) return session.select({ kind: 'node', id: node });
    const edge = target.closest('[data-edge]')?.getAttribute('data-edge');
    if (edge) {
      const cut = edge.lastIndexOf('/');
      session.select({ kind: 'choice', nodeId: edge.slice(0, cut), index: Number(edge.slice(cut + 1)) });
    }
  };
  usePointerPan(box, view, show);

  const nodes = model?.nodes.map((n) => {
    const at = layout?.nodes.get(n.id);
    if (!at) return null;
    return (
      <GraphNodeView
        key={n.id}
        node={n}
        at={at}
        figures={analysis?.nodes.get(n.id)}
        flags={flags.get(n.id) ?? NO_FLAGS}
        replies={replies.get(n.id) ?? 0}
        selected={n.id === selectedNode}
        focusable={n.id === focusId}
        t={t}
      />
    );
  });
  const paths = useMemo(() => new Map(layout?.edges.map((p) => [p.key, p]) ?? []), [layout]);
  const edges = model?.edges.map((e) => {
    const p = paths.get(e.key);
    const sel = selection?.kind === 'choice' && selection.nodeId === e.from && selection.index === e.choiceIndex;
    return p ? <GraphEdgeView key={e.key} edge={e} path={p} figures={analysis?.choices.get(`${e.from}/${e.choiceId}`)} selected={sel} t={t} /> : null;
  });

  return (
    <section className="graph-pane" aria-label={t('graphLabel')}>
      <div className="graph-tools">
        <button type="button" onClick={() => show(zoomAt(view.current, 1.25, size().w / 2, size().h / 2))}>
          {t('zoomIn')}
        </button>
        <button type="button" onClick={() => show(zoomAt(view.current, 0.8, size().w / 2, size().h / 2))}>
          {t('zoomOut')}
        </button>
        <button type="button" onClick={fit}>
          {t('fitGraph')}
        </button>
        <form
          className="goto"
          onSubmit={(e) => {
            e.preventDefault();
            setNotFound(goTo(search.trim()) ? null : search.trim());
          }}
        >
          <label>
            {t('goToNode')}{' '}
            <input list="studio-node-ids" value={search} onChange={(e) => setSearch(e.target.value)} size={14} />
          </label>
          <datalist id="studio-node-ids">{model?.nodes.filter((n) => !n.missing).map((n) => <option key={n.id} value={n.id} />)}</datalist>
          <button type="submit">{t('goToNodeButton')}</button>
          {notFound !== null && <span role="alert">{t('nodeNotFound', { id: notFound })}</span>}
        </form>
      </div>
      <div className="graph-box" ref={box} onKeyDown={onKey} onClick={onClick}>
        <div className="graph-canvas" ref={canvas} style={{ transform: transformOf(view.current), width: layout?.width ?? 0, height: layout?.height ?? 0 }}>
          <svg className="graph-svg" role="group" aria-label={t('graphLabel')} width={layout?.width ?? 0} height={layout?.height ?? 0}>
            <defs>
              <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                <path d="M0,0 L10,5 L0,10 z" />
              </marker>
            </defs>
            <g className="gedges">{edges}</g>
            <g className="gnodes">{nodes}</g>
          </svg>
        </div>
        {layout && <Minimap layout={layout} viewRect={miniView} onCentre={(gx, gy) => show(centreOn(view.current, gx, gy, size().w, size().h))} />}
      </div>
      <GraphLegend />
    </section>
  );
}

function GraphLegend() {
  const t = useStudioT();
  return (
    <details className="graph-legend">
      <summary>{t('legend')}</summary>
      <ul>
        <li><span className="swatch swatch-start" /> {t('legendStart')}</li>
        <li><span className="swatch swatch-trap" /> {t('legendTrap')}</li>
        <li><span className="swatch swatch-nopass" /> {t('legendNoPass')}</li>
        <li><span className="swatch swatch-unreachable" /> {t('legendUnreachable')}</li>
        <li><span className="swatch swatch-deadend" /> {t('legendDeadEnd')}</li>
        <li><span className="swatch swatch-broken" /> {t('legendBroken')}</li>
      </ul>
    </details>
  );
}

function neighbour(id: string, key: string, edges: ReadonlyArray<{ from: string; to: string }>, placed: Map<string, { x: number; y: number }>): string | undefined {
  if (key === 'ArrowRight') return edges.find((e) => e.from === id && placed.has(e.to))?.to;
  if (key === 'ArrowLeft') return edges.find((e) => e.to === id && placed.has(e.from))?.from;
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return undefined;
  const me = placed.get(id)!;
  let best: string | undefined;
  let bestDy = Infinity;
  for (const [other, p] of placed) {
    if (p.x !== me.x || other === id) continue;
    const dy = key === 'ArrowDown' ? p.y - me.y : me.y - p.y;
    if (dy > 0 && dy < bestDy) (bestDy = dy), (best = other);
  }
  return best;
}

// Drag to pan and wheel to zoom, straight on the transform; the graph itself does not re-render.
function usePointerPan(box: React.RefObject<HTMLDivElement | null>, view: React.RefObject<View>, show: (v: View) => void) {
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
