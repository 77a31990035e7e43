import { i32 } from './growable.ts';

/**
 * The transitions into the next layer's states where a pass is in reach (the only ones whose prefix
 * histograms are built), collected while the layer before is visited and then grouped by target.
 */
export class Incoming {
  private readonly target = i32();
  private readonly source = i32();
  private readonly edge = i32();
  start = new Int32Array(1);
  /** Edge and source (index in its layer) of the k-th transition, in target order. */
  edges = new Int32Array(0);
  sources = new Int32Array(0);

  /** Record transition `edge` from `source` (index in its layer) into `target` (index in the next layer). */
  add(target: number, source: number, edge: number): void {
    this.target.push(target);
    this.source.push(source);
    this.edge.push(edge);
  }

  /** Group what was added by target (0 .. size-1), then start collecting afresh. */
  group(size: number): void {
    const n = this.target.length;
    if (this.start.length < size + 1) this.start = new Int32Array(size + 1);
    else this.start.fill(0, 0, size + 1);
    if (this.edges.length < n) {
      this.edges = new Int32Array(n);
      this.sources = new Int32Array(n);
    }
    const t = this.target.a;
    for (let k = 0; k < n; k++) this.start[t[k]! + 1]!++;
    for (let j = 0; j < size; j++) this.start[j + 1]! += this.start[j]!;
    const fill = this.start.slice(0, size);
    for (let k = 0; k < n; k++) {
      const at = fill[t[k]!]!++;
      this.edges[at] = this.edge.a[k]!;
      this.sources[at] = this.source.a[k]!;
    }
    this.target.length = this.source.length = this.edge.length = 0;
  }
}
