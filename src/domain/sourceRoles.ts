/**
 * A source's role, once. THE one place that decides which catalogue roles are one role within a
 * source: the titles a source joins by its own SAME_AS claims form one *source role* (one ladder
 * entry, one set of steps, signs, responsibilities, figures). MAY_COEXIST joins nothing. Each source
 * speaks only for itself: one source's SAME_AS never merges two catalogue roles for another source.
 *
 * Resolved at read time from the identity claims as written (`role SAME_AS other`), so that adding
 * or removing a source needs no rewrite of anyone's stored claims. A source role is named by its
 * *heading*: the member the source's identity claims name first (a `role` that is never an `other`;
 * "a director of product role, otherwise known as a product leader" gives director-of-product), the
 * lowest id among several such.
 */
import { compareText } from "./sorting.ts";

export interface IdentityStatement {
  source: string;
  role: string;
  other: string;
  kind: "SAME_AS" | "MAY_COEXIST";
}

/** One source role: its heading (a catalogue role id) and every catalogue role it joins (heading first). */
export interface SourceRole {
  source: string;
  key: string;
  members: readonly string[];
}

export class SourceRoles {
  /** source -> role -> its source role (only roles some SAME_AS of that source names). */
  private readonly groups = new Map<string, Map<string, SourceRole>>();

  constructor(statements: readonly IdentityStatement[]) {
    const bySource = new Map<string, IdentityStatement[]>();
    for (const s of statements) {
      if (s.kind !== "SAME_AS" || s.role === s.other) continue;
      bySource.set(s.source, [...(bySource.get(s.source) ?? []), s]);
    }
    for (const [source, sameAs] of bySource) {
      const parent = new Map<string, string>();
      const find = (x: string): string => {
        const p = parent.get(x) ?? x;
        if (p === x) return x;
        const root = find(p);
        parent.set(x, root);
        return root;
      };
      for (const s of sameAs) {
        const [a, b] = [find(s.role), find(s.other)];
        if (a !== b) parent.set(b, a);
      }
      const named = new Set(sameAs.map((s) => s.other));
      const components = new Map<string, string[]>();
      for (const role of new Set(sameAs.flatMap((s) => [s.role, s.other]))) {
        components.set(find(role), [...(components.get(find(role)) ?? []), role]);
      }
      const roles = new Map<string, SourceRole>();
      for (const members of components.values()) {
        const sorted = [...members].sort(compareText);
        const key = sorted.find((m) => !named.has(m)) ?? (sorted[0] as string);
        const group: SourceRole = { source, key, members: [key, ...sorted.filter((m) => m !== key)] };
        for (const m of members) roles.set(m, group);
      }
      this.groups.set(source, roles);
    }
  }

  /** The source role `role` belongs to in `source` (itself alone when the source joins it to nothing). */
  of(source: string, role: string): SourceRole {
    return this.groups.get(source)?.get(role) ?? { source, key: role, members: [role] };
  }

  /** The heading role of `role`'s source role in `source`. */
  key(source: string, role: string): string {
    return this.of(source, role).key;
  }

  members(source: string, role: string): readonly string[] {
    return this.of(source, role).members;
  }

  /** Whether `source` holds `a` and `b` to be one role (true for a = b). */
  same(source: string, a: string, b: string): boolean {
    return a === b || this.key(source, a) === this.key(source, b);
  }

  /** The sources (of `sources`) that hold `a` and `b` to be one role (a ≠ b). */
  sourcesJoining(a: string, b: string, sources: readonly string[]): string[] {
    return sources.filter((s) => a !== b && this.same(s, a, b));
  }

  /** Every source role of `source` that joins two or more catalogue roles. */
  joined(source: string): SourceRole[] {
    return [...new Set(this.groups.get(source)?.values() ?? [])];
  }
}

/** One step of a source between two source roles: its key in a per-source index. */
export function sourceStepKey(roles: SourceRoles, source: string, from: string, to: string): string {
  return JSON.stringify([source, roles.key(source, from), roles.key(source, to)]);
}
