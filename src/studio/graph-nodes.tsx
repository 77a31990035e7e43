import { memo } from 'react';
import type { StudioTranslate } from '../i18n/studio-i18n.ts';
import type { GraphEdge, GraphNode } from './graph-model.ts';
import { NODE_H, NODE_W, type EdgePath, type Placed } from './layout.ts';
import type { ChoiceView, NodeView } from './worker-protocol.ts';

interface NodeMarks {
  figures: NodeView | undefined;
  flags: readonly string[];
}

function statusWords(n: GraphNode, marks: NodeMarks, replies: number, t: StudioTranslate): string[] {
  const words: string[] = [];
  if (n.missing) return [t('statusMissing')];
  if (n.start) words.push(t('statusStart'));
  words.push(n.ending ? t('statusEnding', { outcome: n.ending }) : t('statusReplies', { count: replies }));
  const f = marks.figures;
  if (marks.flags.includes('unreachable-node') || marks.flags.includes('node-unreachable-in-play')) words.push(t('statusUnreachable'));
  if (marks.flags.includes('ending-unreachable')) words.push(t('statusEndingUnreached'));
  if (marks.flags.includes('no-ending-reachable') || f?.deadEnd) words.push(t('statusDeadEnd'));
  if (f?.best !== null && f?.best !== undefined) words.push(t('statusBest', { score: f.best }));
  if (f && f.reachable && !f.canPass) words.push(t('statusNoPass'));
  return words;
}

function nodeClass(n: GraphNode, marks: NodeMarks, selected: boolean): string {
  const c = ['gnode'];
  if (n.missing) c.push('gnode-missing');
  if (n.start) c.push('gnode-start');
  if (n.ending) c.push(`gnode-end gnode-${n.ending}`);
  if (marks.flags.some((f) => f.includes('unreachable'))) c.push('gnode-unreachable');
  if (marks.flags.includes('no-ending-reachable') || marks.figures?.deadEnd) c.push('gnode-deadend');
  if (marks.figures?.reachable && !marks.figures.canPass) c.push('gnode-nopass');
  if (selected) c.push('gnode-selected');
  return c.join(' ');
}

interface NodeProps extends NodeMarks {
  node: GraphNode;
  at: Placed;
  replies: number;
  selected: boolean;
  focusable: boolean;
  t: StudioTranslate;
}

/** One node of the graph: a focusable button (roving tab stop) with its status in words, not only colour. */
export const GraphNodeView = memo(function GraphNodeView({ node, at, figures, flags, replies, selected, focusable, t }: NodeProps) {
  const marks = { figures, flags };
  const words = statusWords(node, marks, replies, t);
  const line = node.customer.length > 26 ? `${node.customer.slice(0, 25)}…` : node.customer;
  return (
    <g
      className={nodeClass(node, marks, selected)}
      transform={`translate(${at.x},${at.y})`}
      role="button"
      tabIndex={focusable ? 0 : -1}
      data-node={node.id}
      aria-pressed={selected}
      aria-label={t('nodeSummary', { id: node.id, status: words.join(', ') })}
    >
      <rect width={NODE_W} height={NODE_H} rx={8} />
      <text x={10} y={20} className="gnode-id">
        {node.start ? '▶ ' : ''}
        {node.id}
      </text>
      <text x={10} y={38} className="gnode-line">
        {line}
      </text>
      <text x={10} y={55} className="gnode-status">
        {words.slice(node.start ? 1 : 0).join(' · ')}
      </text>
    </g>
  );
});

interface EdgeProps {
  edge: GraphEdge;
  path: EdgePath;
  figures: ChoiceView | undefined;
  selected: boolean;
  t: StudioTranslate;
}

/** One reply as an edge, labelled by its id (and guard); traps and broken links drawn so they stand out. */
export const GraphEdgeView = memo(function GraphEdgeView({ edge, path, figures, selected, t }: EdgeProps) {
  const c = ['gedge'];
  if (edge.broken) c.push('gedge-broken');
  if (figures?.trap) c.push('gedge-trap');
  else if (figures && !figures.canPass) c.push('gedge-nopass');
  if (selected) c.push('gedge-selected');
  const label = `${edge.choiceId}${edge.guard ? ` [${edge.guard}]` : ''}${figures?.trap ? ` ⚠ ${t('trapMark')}` : ''}`;
  return (
    <g className={c.join(' ')} data-edge={`${edge.from}/${edge.choiceIndex}`}>
      <path d={path.d} markerEnd="url(#arrow)" />
      <text x={path.labelX} y={path.labelY - 4} textAnchor="middle" className="edge-label">
        {label}
      </text>
    </g>
  );
});
