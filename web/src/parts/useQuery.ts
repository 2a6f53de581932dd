import type { TadaDocumentNode } from "gql.tada";
import { useEffect, useState } from "preact/hooks";
import { OutageError, QueryError, runQuery } from "../graphql.ts";
import { RETRY_MS, reportOutage } from "./outage.ts";

export type LoadState<T> =
  | { status: "loading" }
  | { status: "waiting"; message: string }
  | { status: "error"; message: string; code: string | undefined; suggestions: string[] }
  | { status: "done"; data: T };

/**
 * Runs `load` whenever `key` changes (`null`: not yet). During an outage it asks again every few
 * seconds until the database answers, so every view recovers by itself; other errors are shown.
 * With `keep`, an answer already shown stays while the next one is asked (for a question asked
 * again, not a new one: the sources, asked again as each view opens).
 */
export function useLoad<T>(key: string | null, load: () => Promise<T>, keep = false): LoadState<T> {
  const [state, setState] = useState<LoadState<T>>({ status: "loading" });
  useEffect(() => {
    if (key === null) return undefined;
    let cancelled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setState((s) => (keep && s.status === "done" ? s : { status: "loading" }));
    const attempt = (): void => {
      load().then(
        (data) => {
          if (cancelled) return;
          reportOutage(null);
          setState({ status: "done", data });
        },
        (error: unknown) => {
          if (cancelled) return;
          if (error instanceof OutageError) {
            reportOutage(error.message);
            setState({ status: "waiting", message: error.message });
            timer = setTimeout(attempt, RETRY_MS);
          } else if (error instanceof QueryError) {
            reportOutage(null);
            setState({ status: "error", message: error.message, code: error.code, suggestions: error.suggestions });
          } else {
            setState({ status: "error", message: String(error), code: undefined, suggestions: [] });
          }
        },
      );
    };
    attempt();
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
    };
  }, [key]);
  return state;
}

/** One typed query, run again when its variables change (`null`: not yet). */
export function useQuery<T, V>(document: TadaDocumentNode<T, V>, variables: V | null): LoadState<T> {
  return useLoad(variables === null ? null : `${JSON.stringify(variables)}`, () => runQuery(document, variables as V));
}
