/** A node of the co-occurrence network: an actor and how prominent it is. */
export interface NetworkNode {
  slug: string;
  name: string;
  weight: number;
}

/** An edge: two actors and the number of paragraphs they share. */
export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
}

/** Node and edge positions for an SVG of the given size. */
export interface NetworkLayout {
  nodes: Array<NetworkNode & { x: number; y: number; r: number; labelAnchor: 'start' | 'end' | 'middle' }>;
  edges: Array<NetworkEdge & { x1: number; y1: number; x2: number; y2: number; width: number }>;
}

/**
 * A circular layout: the most prominent actor at the top, then clockwise by prominence. It is
 * deterministic (the same corpus draws the same picture) and every label stays readable, which a
 * force layout of a dense graph does not promise.
 */
export function circularNetworkLayout(nodes: NetworkNode[], edges: NetworkEdge[], size: number): NetworkLayout {
  const ordered = [...nodes].sort((a, b) => b.weight - a.weight || a.name.localeCompare(b.name));
  const center = size / 2;
  const radius = size * 0.34;
  const maxWeight = Math.max(1, ...ordered.map((n) => n.weight));
  const placed = ordered.map((node, index) => {
    const angle = (2 * Math.PI * index) / Math.max(1, ordered.length) - Math.PI / 2;
    const x = Math.round((center + radius * Math.cos(angle)) * 10) / 10;
    const y = Math.round((center + radius * Math.sin(angle)) * 10) / 10;
    const cos = Math.cos(angle);
    return {
      ...node,
      x,
      y,
      r: Math.round((4 + 10 * Math.sqrt(node.weight / maxWeight)) * 10) / 10,
      labelAnchor: (Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end') as 'start' | 'end' | 'middle',
    };
  });
  const bySlug = new Map(placed.map((node) => [node.slug, node]));
  const maxEdge = Math.max(1, ...edges.map((e) => e.weight));
  return {
    nodes: placed,
    edges: edges
      .filter((edge) => bySlug.has(edge.source) && bySlug.has(edge.target))
      .map((edge) => {
        const a = bySlug.get(edge.source)!;
        const b = bySlug.get(edge.target)!;
        return { ...edge, x1: a.x, y1: a.y, x2: b.x, y2: b.y, width: Math.round((0.5 + 5 * (edge.weight / maxEdge)) * 10) / 10 };
      }),
  };
}

/** Undirected edges from each actor's co-mention counts, each pair once. */
export function coMentionEdges(actors: Array<{ slug: string; coMentioned: Array<{ slug: string; paragraphs: number }> }>): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const actor of actors) {
    for (const other of actor.coMentioned) {
      const [source, target] = [actor.slug, other.slug].sort() as [string, string];
      edges.set(`${source} ${target}`, { source, target, weight: other.paragraphs });
    }
  }
  return [...edges.values()].sort((a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target));
}

/** Shade of a heat-map cell: 0 (none) to 4 (the most), on a square-root scale so small counts show. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil(4 * Math.sqrt(count / max))));
}
