import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStore } from '../state/store.ts';
import { GraphEdgeView, GraphNodeView } from './graph-nodes.tsx';
import type { GraphModel } from './graph-model.ts';
import { NODE_H, NODE_W, type Layout } from './layout.ts';
import { Minimap, placeMinimapView } from './minimap.tsx';
import { centreOn, fitView, transformOf, zoomAt, type View } from './pan-zoom.ts';
import { usePointerPan } from './use-pointer-pan.ts';
import { useStudioT } from './studio-context.ts';
import type { Selection, StudioSession } from './studio-session.ts';
import type { AnalysisView } from './worker-protocol.ts';

const NO_FLAGS: readonly string[] = [];

interface Viewport {
  box: React.RefObject<HTMLDivElement | null>;
  canvas: React.RefObject<HTMLDivElement | null>;
  miniView: React.RefObject<SVGRectElement | null>;
  view: React.RefObject<View>;
  show(v: View): void;
  size(): { w: number; h: number };
  fit(): void;
  zoom(factor: number): void;
}

// The graph is drawn once into a compositor layer; pan and zoom move that layer (no repaint per frame).
function useViewport(layout: Layout | null): Viewport {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const miniView = useRef<SVGRectElement>(null);
  const view = useRef<View>({ x: 20, y: 20, k: 1 });
  const show = useCallback((v: View) => {
    view.current = v;
    if (canvas.current) canvas.current.style.transform = transformOf(v);
    box.current?.classList.toggle('zoomed-out', v.k < 0.45);
    placeMinimapView(miniView.current, v, box.current);
  }, []);
  const size = useCallback(() => ({ w: box.current?.clientWidth ?? 800, h: box.current?.clientHeight ?? 500 }), []);
  const fit = useCallback(() => layout && show(fitView(layout.width, layout.height, size().w, size().h)), [layout, show, size]);
  const fitted = useRef(false);
  useEffect(() => {
    if (layout && !fitted.current) {
      fitted.current = true;
      fit();
    }
  }, [layout, fit]);
  usePointerPan(box, view, show);
  return { box, canvas, miniView, view, show, size, fit, zoom: (f) => show(zoomAt(view.current, f, size().w / 2, size().h / 2)) };
}

/** The scenario as a graph: select a node or reply, zoom, fit, pan, a minimap and go-to-node. */
export function GraphView({ session }: { session: StudioSession }) {
  const t = useStudioT();
  const model = useStore(session.store, (s) => s.model);
  const layout = useStore(session.store, (s) => s.layout);
  const selection = useStore(session.store, (s) => s.selection);
  const vp = useViewport(layout);
  const goTo = useCallback(
    (id: string) => {
      const at = layout?.nodes.get(id);
      if (!at) return false;
      vp.show(centreOn(vp.view.current, at.x + NODE_W / 2, at.y + NODE_H / 2, vp.size().w, vp.size().h));
      session.select({ kind: 'node', id });
      requestAnimationFrame(() => vp.box.current?.querySelector<SVGGElement>(`[data-node="${CSS.escape(id)}"]`)?.focus());
      return true;
    },
    [layout, session, vp],
  );
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === '+' || e.key === '=') return vp.zoom(1.25);
    if (e.key === '-') return vp.zoom(0.8);
    if (e.key === '0') return vp.fit();
    const id = (e.target as Element).getAttribute?.('data-node');
    if (!id || !model || !layout) return;
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      return session.select({ kind: 'node', id });
    }
    const next = neighbour(id, e.key, model.edges, layout.nodes);
    if (next) (e.preventDefault(), goTo(next));
  };
  return (
    <section className="graph-pane" aria-label={t('graphLabel')}>
      <GraphToolbar vp={vp} model={model} goTo={goTo} />
      <div className="graph-box" ref={vp.box} onKeyDown={onKey} onClick={(e) => selectFromClick(e, session)}>
        <div className="graph-canvas" ref={vp.canvas} style={{ transform: transformOf(vp.view.current), width: layout?.width ?? 0, height: layout?.height ?? 0 }}>
          <GraphDrawing session={session} model={model} layout={layout} selection={selection} />
        </div>
        {layout && <Minimap layout={layout} viewRect={vp.miniView} onCentre={(gx, gy) => vp.show(centreOn(vp.view.current, gx, gy, vp.size().w, vp.size().h))} />}
      </div>
      <GraphLegend />
    </section>
  );
}

function selectFromClick(e: React.MouseEvent, session: StudioSession): void {
  const target = e.target as Element;
  const node = target.closest('[data-node]')?.getAttribute('data-node');
  if (node) return session.select({ kind: 'node', id: node });
  const edge = target.closest('[data-edge]')?.getAttribute('data-edge');
  if (!edge) return;
  const cut = edge.lastIndexOf('/');
  session.select({ kind: 'choice', nodeId: edge.slice(0, cut), index: Number(edge.slice(cut + 1)) });
}

function GraphToolbar({ vp, model, goTo }: { vp: Viewport; model: GraphModel | null; goTo: (id: string) => boolean }) {
  const t = useStudioT();
  const [search, setSearch] = useState('');
  const [notFound, setNotFound] = useState<string | null>(null);
  return (
    <div className="graph-tools">
      <button type="button" onClick={() => vp.zoom(1.25)}>
        {t('zoomIn')}
      </button>
      <button type="button" onClick={() => vp.zoom(0.8)}>
        {t('zoomOut')}
      </button>
      <button type="button" onClick={vp.fit}>
        {t('fitGraph')}
      </button>
      <form className="goto" onSubmit={(e) => (e.preventDefault(), setNotFound(goTo(search.trim()) ? null : search.trim()))}>
        <label>
          {t('goToNode')} <input list="studio-node-ids" value={search} onChange={(e) => setSearch(e.target.value)} size={14} />
        </label>
        <datalist id="studio-node-ids">{model?.nodes.filter((n) => !n.missing).map((n) => <option key={n.id} value={n.id} />)}</datalist>
        <button type="submit">{t('goToNodeButton')}</button>
        {notFound !== null && <span role="alert">{t('nodeNotFound', { id: notFound })}</span>}
      </form>
    </div>
  );
}

function GraphDrawing({ session, model, layout, selection }: { session: StudioSession; model: GraphModel | null; layout: Layout | null; selection: Selection }) {
  const t = useStudioT();
  const analysis: AnalysisView | null = useStore(session.store, (s) => s.analysis);
  const flags = useStore(session.store, (s) => s.flags);
  const selectedNode = selection?.kind === 'node' ? selection.id : selection?.kind === 'choice' ? selection.nodeId : null;
  const replies = useMemo(() => {
    const n = new Map<string, number>();
    for (const e of model?.edges ?? []) n.set(e.from, Math.max(n.get(e.from) ?? 0, e.choiceIndex + 1));
    return n;
  }, [model]);
  const paths = useMemo(() => new Map(layout?.edges.map((p) => [p.key, p]) ?? []), [layout]);
  const focusId = selectedNode ?? model?.nodes.find((n) => n.start)?.id ?? model?.nodes[0]?.id;
  return (
    <svg className="graph-svg" role="group" aria-label={t('graphLabel')} width={layout?.width ?? 0} height={layout?.height ?? 0}>
      <defs>
        <marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" />
        </marker>
      </defs>
      <g className="gedges">
        {model?.edges.map((e) => {
          const p = paths.get(e.key);
          const sel = selection?.kind === 'choice' && selection.nodeId === e.from && selection.index === e.choiceIndex;
          return p ? <GraphEdgeView key={e.key} edge={e} path={p} figures={analysis?.choices.get(`${e.from}/${e.choiceId}`)} selected={sel} t={t} /> : null;
        })}
      </g>
      <g className="gnodes">
        {model?.nodes.map((n) => {
          const at = layout?.nodes.get(n.id);
          if (!at) return null;
          const props = { node: n, at, figures: analysis?.nodes.get(n.id), flags: flags.get(n.id) ?? NO_FLAGS, replies: replies.get(n.id) ?? 0, t };
          return <GraphNodeView key={n.id} {...props} selected={n.id === selectedNode} focusable={n.id === focusId} />;
        })}
      </g>
    </svg>
  );
}

function GraphLegend() {
  const t = useStudioT();
  const items = [
    ['start', 'legendStart'],
    ['trap', 'legendTrap'],
    ['nopass', 'legendNoPass'],
    ['unreachable', 'legendUnreachable'],
    ['deadend', 'legendDeadEnd'],
    ['broken', 'legendBroken'],
  ] as const;
  return (
    <details className="graph-legend">
      <summary>{t('legend')}</summary>
      <ul>
        {items.map(([swatch, key]) => (
          <li key={swatch}>
            <span className={`swatch swatch-${swatch}`} /> {t(key)}
          </li>
        ))}
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
