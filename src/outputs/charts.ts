/** An edge: two actors and the number of paragraphs they share. */
export interface NetworkEdge {
  source: string;
  target: string;
  weight: number;
}

/** Undirected edges from each actor's co-mention counts, each pair once. */
export function coMentionEdges(
  actors: Array<{ slug: string; coMentioned: Array<{ slug: string; paragraphs: number }> }>,
): NetworkEdge[] {
  const edges = new Map<string, NetworkEdge>();
  for (const actor of actors) {
    for (const other of actor.coMentioned) {
      const [source, target] = [actor.slug, other.slug].sort() as [string, string];
      edges.set(`${source} ${target}`, { source, target, weight: other.paragraphs });
    }
  }
  return [...edges.values()].sort(
    (a, b) => b.weight - a.weight || a.source.localeCompare(b.source) || a.target.localeCompare(b.target),
  );
}

/** Shade of a heat-map cell: 0 (none) to 4 (the most), on a square-root scale so small counts show. */
export function heatLevel(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(1, Math.min(4, Math.ceil(4 * Math.sqrt(count / max))));
}

/** The colour key of the heat map: each shade with the counts it stands for ("3–7"). */
export function heatLegend(max: number): Array<{ level: number; label: string }> {
  const steps: Array<{ level: number; label: string }> = [{ level: 0, label: 'none' }];
  let from = 1;
  for (let level = 1; level <= 4 && from <= max; level++) {
    let to = from;
    while (to + 1 <= max && heatLevel(to + 1, max) === level) to++;
    if (heatLevel(from, max) !== level) continue;
    steps.push({ level, label: from === to ? String(from) : `${from}–${to}` });
    from = to + 1;
  }
  return steps;
}
