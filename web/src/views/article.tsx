import { useEffect, useRef } from "preact/hooks";
import { graphiqlLink } from "../graphql.ts";
import { Loaded, QueryLink } from "../parts/status.tsx";
import { useQuery } from "../parts/useQuery.ts";
import { ArticleQuery } from "../queries.ts";

/**
 * The article reader: the article's text (Source.text) with the cited span highlighted at its
 * offsets, labelled with the fact it backs, and scrolled into view.
 */
export function ArticleView({ source, start, end, label }: { source: string; start: number; end: number; label: string }) {
  const state = useQuery(ArticleQuery, { source });
  const mark = useRef<HTMLElement>(null);
  useEffect(() => {
    if (state.status === "done") mark.current?.scrollIntoView({ block: "center" });
  }, [state.status, start, end]);
  if (state.status === "error" && state.code === "NOT_FOUND")
    return (
      <section class="reader" aria-labelledby="reader-heading">
        <h2 id="reader-heading">No such article</h2>
        <p class="status error" role="alert">
          None of the articles has the id “{source}”; it may have been removed. The ladders list every article there is.
        </p>
      </section>
    );
  return (
    <section class="reader" aria-labelledby="reader-heading">
      <Loaded state={state} what="the article">
        {(data) => {
          const a = data.source;
          if (!a) return null;
          const valid = Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end > start && end <= a.text.length;
          return (
            <>
              <div class="view-head">
                <h2 id="reader-heading">{a.title ?? a.id}</h2>
                <p class="muted">
                  {[a.author, a.publisher].filter(Boolean).join(", ") || "author not named"} ·{" "}
                  <button type="button" class="link" onClick={() => history.back()}>
                    Back
                  </button>{" "}
                  · <QueryLink href={graphiqlLink(ArticleQuery, { source })} label="source(id:) { text }" />
                </p>
              </div>
              {valid ? null : (
                <p class="status" role="status">
                  The whole article; no sentence is cited.
                </p>
              )}
              <div class="article-text" data-source={a.id}>
                {valid ? (
                  <>
                    {a.text.slice(0, start)}
                    {label ? <span class="backs">cited for: {label}</span> : null}
                    <mark ref={mark} id="cited" data-start={start} data-end={end}>
                      {a.text.slice(start, end)}
                    </mark>
                    {a.text.slice(end)}
                  </>
                ) : (
                  a.text
                )}
              </div>
            </>
          );
        }}
      </Loaded>
    </section>
  );
}
