import { createContext } from "preact";
import { useContext } from "preact/hooks";
import type { ResultOf } from "../graphql.ts";
import type { SourcesQuery } from "../queries.ts";

export type Source = ResultOf<typeof SourcesQuery>["sources"][number];

/** Every source the page knows, so prose can name an article by its title instead of its file stem. */
export const SourcesContext = createContext<Source[]>([]);

export function useSources(): Source[] {
  return useContext(SourcesContext);
}

/** An article's title as its text writes it ("The Product Manager Career Path"); the file stem when it has none. */
export function titleOf(sources: Source[], id: string): string {
  return sources.find((s) => s.id === id)?.title ?? id;
}

/** "Product Management Role Hierarchy", the article named in prose; its id in the tooltip. */
export function SourceName({ id }: { id: string }) {
  const sources = useSources();
  return (
    <cite class="source-name" data-source={id}>
      {titleOf(sources, id)}
    </cite>
  );
}

/** "1 article", "3 articles". */
export function articles(n: number): string {
  return `${n} article${n === 1 ? "" : "s"}`;
}

/** "a, b and c". */
export function andList(items: string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}
