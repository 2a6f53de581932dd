import { Graph, layout } from "@dagrejs/dagre";

export interface LayeredNode {
  id: string;
  width: number;
  height: number;
}
export interface LayeredEdge {
  from: string;
  to: string;
  /** Room kept free on the edge for its label. */
  labelWidth?: number;
}
export interface Placed {
  x: number;
  y: number;
}
export interface LayeredDrawing {
  width: number;
  height: number;
  /** Node centres. */
  nodes: Map<string, Placed>;
  /** Edge polylines and label positions, in the order the edges were given. */
  edges: { points: Placed[]; label: Placed }[];
}

/**
 * A layered (Sugiyama) drawing by dagre, bottom to top: a promotion goes up the page, so the first
 * rung of a walk sits at the bottom, as on a ladder.
 */
export function layeredDrawing(
  nodes: LayeredNode[],
  edges: LayeredEdge[],
  options: { nodesep?: number; ranksep?: number } = {},
): LayeredDrawing {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: "BT", nodesep: options.nodesep ?? 30, ranksep: options.ranksep ?? 56, marginx: 12, marginy: 12 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  edges.forEach((e, i) => {
    g.setEdge(e.from, e.to, { width: e.labelWidth ?? 0, height: e.labelWidth ? 16 : 0, labelpos: "c" }, `e${i}`);
  });
  layout(g);
  const placed = new Map<string, Placed>();
  for (const n of nodes) {
    const label = g.node(n.id);
    placed.set(n.id, { x: label.x ?? 0, y: label.y ?? 0 });
  }
  const drawnEdges = edges.map((e, i) => {
    const label = g.edge({ v: e.from, w: e.to, name: `e${i}` });
    const points = (label?.points ?? []).map((p: Placed) => ({ x: p.x, y: p.y }));
    const middle = points[Math.floor(points.length / 2)] ?? { x: 0, y: 0 };
    return { points, label: { x: label?.x ?? middle.x, y: label?.y ?? middle.y } };
  });
  const graph = g.graph();
  return { width: graph.width ?? 0, height: graph.height ?? 0, nodes: placed, edges: drawnEdges };
}

/** An SVG path through the points (straight segments; dagre routes around the other nodes). */
export function polyline(points: Placed[]): string {
  return points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(" ");
}
