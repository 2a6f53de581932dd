import { useState } from "preact/hooks";
import { OutageError, type ResultOf, runQuery } from "../graphql.ts";
import { KnownTitlesQuery, TitleQuery } from "../queries.ts";
import { routeHash } from "../route.ts";
import { useQuery } from "./useQuery.ts";

type Match = ResultOf<typeof TitleQuery>["resolveTitle"][number];

type Outcome =
  | { kind: "idle" }
  | { kind: "asking" }
  | { kind: "choose"; typed: string; matches: Match[] }
  | { kind: "unknown"; typed: string; near: Match[] }
  | { kind: "failed"; message: string };

/** Distinct roles, first match of each kept. */
function distinct(matches: Match[]): Match[] {
  const seen = new Set<string>();
  return matches.filter((m) => !seen.has(m.role.slug) && seen.add(m.role.slug));
}

/**
 * The first thing on the page: "your role, as you'd say it", resolved by resolveTitle. One role named
 * by the title opens at once; several are offered; a title nobody writes gets the roles close in spelling.
 */
export function RoleSearch({ go, current }: { go: (hash: string) => void; current: string }) {
  const [typed, setTyped] = useState(current);
  const [outcome, setOutcome] = useState<Outcome>({ kind: "idle" });
  const known = useQuery(KnownTitlesQuery, {});
  const titles =
    known.status === "done"
      ? [...new Set(known.data.roles.edges.flatMap((e) => [e.node.name, ...e.node.aliases.map((a) => a.title)]))].sort()
      : [];
  const open = (m: Match, as: string) => {
    setOutcome({ kind: "idle" });
    go(routeHash("role", { as }, m.role.slug));
  };
  const submit = async (title: string) => {
    if (!title) return;
    setOutcome({ kind: "asking" });
    try {
      const { resolveTitle } = await runQuery(TitleQuery, { title });
      const exact = distinct(resolveTitle.filter((m) => m.matchedBy !== "FUZZY"));
      const named = exact.filter((m) => m.relation === "TITLE");
      const [only] = named;
      if (only && named.length === 1) open(only, title);
      else if (exact.length) setOutcome({ kind: "choose", typed: title, matches: exact });
      else setOutcome({ kind: "unknown", typed: title, near: distinct(resolveTitle) });
    } catch (error) {
      setOutcome({
        kind: "failed",
        message:
          error instanceof OutageError
            ? "The graph database is not answering; try again in a few seconds."
            : `The title could not be looked up (${String(error instanceof Error ? error.message : error)}).`,
      });
    }
  };
  return (
    <search class="search">
      <form
        class="role-search"
        onSubmit={(e) => {
          e.preventDefault();
          void submit(typed.trim());
        }}
      >
        <label for="role-input">Your role, as you'd say it</label>
        <div class="search-row">
          <input
            id="role-input"
            name="role"
            list="role-titles"
            autoComplete="off"
            value={typed}
            placeholder="e.g. senior pm"
            onInput={(e) => setTyped((e.target as HTMLInputElement).value)}
          />
          <button type="submit" class="search-go">
            What comes next?
          </button>
        </div>
        <datalist id="role-titles">
          {titles.map((t) => (
            <option key={t} value={t} />
          ))}
        </datalist>
      </form>
      <div class="search-outcome" role="status" aria-live="polite">
        {outcome.kind === "asking" ? <p class="muted">Looking up “{typed.trim()}”…</p> : null}
        {outcome.kind === "failed" ? <p class="error">{outcome.message}</p> : null}
        {outcome.kind === "choose" ? (
          <p>
            “{outcome.typed}” can mean{" "}
            {outcome.matches.map((m, i) => (
              <span key={m.role.slug}>
                {i ? ", " : ""}
                <button type="button" class="link" onClick={() => open(m, outcome.typed)}>
                  {m.role.name}
                </button>
                {m.relation === "TITLE"
                  ? ""
                  : m.relation === "SAME_AS"
                    ? " (an article says it is the same role)"
                    : " (may exist beside it)"}
              </span>
            ))}
            .
          </p>
        ) : null}
        {outcome.kind === "unknown" ? (
          <p class="unknown-title">
            No article writes “{outcome.typed}”.{" "}
            {outcome.near.length ? (
              <>
                Did you mean{" "}
                {outcome.near.map((m, i) => (
                  <span key={m.role.slug}>
                    {i ? ", " : ""}
                    <button type="button" class="link suggestion" onClick={() => open(m, outcome.typed)}>
                      {m.role.name}
                    </button>
                  </span>
                ))}
                ?
              </>
            ) : (
              "Try a title such as “Senior Product Manager” or “APM”."
            )}
          </p>
        ) : null}
      </div>
    </search>
  );
}
