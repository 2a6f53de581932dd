import type { ComponentChildren } from "preact";
import type { LoadState } from "./useQuery.ts";

/** Renders `children(data)` once loaded; a loading line, the outage wait or the coded error otherwise. */
export function Loaded<T>({ state, what, children }: { state: LoadState<T>; what: string; children: (data: T) => ComponentChildren }) {
  if (state.status === "done") return <>{children(state.data)}</>;
  if (state.status === "loading")
    return (
      <p class="status" aria-live="polite">
        Loading {what}…
      </p>
    );
  if (state.status === "waiting")
    return (
      <p class="status waiting" aria-live="polite">
        Waiting for the database to load {what}; asking again every few seconds.
      </p>
    );
  return (
    <p class="status error" role="alert">
      Could not load {what}: {state.message}
      {state.code ? <code class="code">{state.code}</code> : null}
    </p>
  );
}

/** "See the query": opens the exact query of a view, with its variables, in GraphiQL. */
export function QueryLink({ href, label = "See the query" }: { href: string; label?: string }) {
  return (
    <a class="query-link" href={href} target="_blank" rel="noopener">
      {label} <span aria-hidden="true">↗</span>
      <span class="visually-hidden"> (opens GraphiQL in a new tab)</span>
    </a>
  );
}
