import type { Evidence } from "../../claims/evidence.ts";
import { distinctEvidence } from "../evidence.ts";
import { compareText } from "../sorting.ts";
import type { ConflictAspect } from "./aspects.ts";

export interface Position {
  value: string;
  /** Sorted, distinct. */
  sources: string[];
  /** The claims that put each source in this position. */
  evidence: Evidence[];
}

export interface Conflict {
  role: string;
  aspect: ConflictAspect;
  summary: string;
  positions: Position[];
  /** Sorted ids of sources that appear in 2+ positions of this conflict (an article contradicting itself). */
  withinSource: string[];
}

/**
 * The tally every rule shares: which sources hold which position, with the evidence that puts
 * them there (value -> source -> evidence).
 */
export class Tally {
  private readonly held = new Map<string, Map<string, Evidence[]>>();

  hold(value: string, source: string, evidence: readonly Evidence[]): void {
    const holders = this.held.get(value) ?? new Map<string, Evidence[]>();
    this.held.set(value, holders);
    holders.set(source, [...(holders.get(source) ?? []), ...evidence]);
  }

  positions(): Position[] {
    return [...this.held.entries()]
      .map(([value, holders]) => ({
        value,
        sources: [...holders.keys()].sort(compareText),
        evidence: sortedEvidence([...holders.values()].flat()),
      }))
      .sort((a, b) => compareText(a.value, b.value));
  }

  /** The conflict of one aspect, or none when fewer than two positions are held. */
  conflict(role: string, aspect: ConflictAspect, summarise: (positions: Position[]) => string): Conflict[] {
    const positions = this.positions();
    if (positions.length < 2) return [];
    return [{ role, aspect, summary: summarise(positions), positions, withinSource: withinSourceOf(positions) }];
  }
}

function withinSourceOf(positions: readonly Position[]): string[] {
  const counts = new Map<string, number>();
  for (const source of positions.flatMap((p) => p.sources)) counts.set(source, (counts.get(source) ?? 0) + 1);
  return [...counts.entries()]
    .filter(([, n]) => n > 1)
    .map(([source]) => source)
    .sort(compareText);
}

/** "Lead: a (s0); b (s1, s2). extra. s2 holds more than one position." */
export function describe(
  lead: string,
  positions: readonly Position[],
  label: (p: Position) => string = (p) => p.value,
  extra = "",
): string {
  const parts = positions.map((p) => `${label(p)} (${p.sources.join(", ")})`).join("; ");
  const sentences = [`${lead}: ${parts}.`, extra, withinSentence(withinSourceOf(positions))];
  return sentences.filter((s) => s !== "").join(" ");
}

function withinSentence(sources: readonly string[]): string {
  if (sources.length === 0) return "";
  if (sources.length === 1) return `${sources[0]} holds more than one position.`;
  return `${sources.slice(0, -1).join(", ")} and ${sources.at(-1)} each hold more than one position.`;
}

/** Evidence once each, by source and position in the text. */
function sortedEvidence(rows: readonly Evidence[]): Evidence[] {
  return distinctEvidence(rows).sort(
    (a, b) => compareText(a.source, b.source) || a.start - b.start || a.end - b.end || compareText(a.quote, b.quote),
  );
}
