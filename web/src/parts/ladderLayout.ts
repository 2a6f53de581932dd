// Places each source's ladder in its own column: rungs from the bottom up (the source's own ranks),
// roles on one rung side by side with the individual-contributor track left and management right.

export interface LadderRole {
  slug: string;
  name: string;
  title: string;
  track: string | null;
  years: string | null;
}
export interface LadderStep {
  from: string;
  to: string;
  kinds: string[];
  tracks: string[];
}
export interface SourceLadder {
  source: string;
  rungs: { rank: number; roles: LadderRole[] }[];
  steps: LadderStep[];
}

export interface Box extends LadderRole {
  source: string;
  rank: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LadderGeometry {
  width: number;
  height: number;
  columns: { source: string; x: number; width: number }[];
  boxes: Box[];
  /** Top y of each rank's row (rank 1 lowest). */
  rows: { rank: number; y: number }[];
  /** Same canonical role in two neighbouring columns. */
  links: { slug: string; from: Box; to: Box }[];
}

export const COLUMN = { width: 222, gap: 44, rowHeight: 110, boxHeight: 92, top: 62, left: 48, bottom: 16 };

const TRACK_ORDER: Record<string, number> = { INDIVIDUAL_CONTRIBUTOR: 0, MANAGEMENT: 2 };

export function ladderGeometry(ladders: SourceLadder[]): LadderGeometry {
  const maxRank = Math.max(1, ...ladders.flatMap((l) => l.rungs.map((r) => r.rank)));
  const rowY = (rank: number) => COLUMN.top + (maxRank - rank) * COLUMN.rowHeight;
  const boxes: Box[] = [];
  const columns = ladders.map((ladder, i) => {
    const x = COLUMN.left + i * (COLUMN.width + COLUMN.gap);
    for (const rung of ladder.rungs) {
      const roles = [...rung.roles].sort((a, b) => (TRACK_ORDER[a.track ?? ""] ?? 1) - (TRACK_ORDER[b.track ?? ""] ?? 1));
      const gap = 6;
      const w = (COLUMN.width - gap * (roles.length - 1)) / roles.length;
      roles.forEach((role, j) => {
        boxes.push({
          ...role,
          source: ladder.source,
          rank: rung.rank,
          x: x + j * (w + gap),
          y: rowY(rung.rank),
          width: w,
          height: COLUMN.boxHeight,
        });
      });
    }
    return { source: ladder.source, x, width: COLUMN.width };
  });
  const links: LadderGeometry["links"] = [];
  for (let i = 0; i + 1 < ladders.length; i++) {
    const left = boxes.filter((b) => b.source === ladders[i]?.source);
    const right = boxes.filter((b) => b.source === ladders[i + 1]?.source);
    for (const a of left) {
      const b = right.find((r) => r.slug === a.slug);
      if (b) links.push({ slug: a.slug, from: a, to: b });
    }
  }
  const rows = Array.from({ length: maxRank }, (_, i) => ({ rank: i + 1, y: rowY(i + 1) }));
  return {
    width: COLUMN.left + ladders.length * (COLUMN.width + COLUMN.gap) - COLUMN.gap + 8,
    height: rowY(1) + COLUMN.boxHeight + COLUMN.bottom,
    columns,
    boxes,
    rows,
    links,
  };
}
