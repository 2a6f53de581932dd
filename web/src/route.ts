// The page's state lives in the URL hash, so every view can be linked, bookmarked and reached with Back.

export type View = "ladders" | "role" | "plan" | "paths" | "agreement" | "workbench" | "read";
/** The views with a tab; the article reader is opened from a citation. `short`: the tab's words on a phone. */
export const VIEWS: { id: Exclude<View, "read">; label: string; short?: string }[] = [
  { id: "ladders", label: "Ladders" },
  { id: "role", label: "Role" },
  { id: "plan", label: "Plan a move", short: "Plan" },
  { id: "paths", label: "Path finder", short: "Paths" },
  { id: "agreement", label: "Agreement" },
  { id: "workbench", label: "Workbench", short: "Draft" },
];

export interface Route {
  view: View;
  /** Role view and move planner: the role's slug; article reader: the source's id. */
  role: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [head = "", ...rest] = path.split("/");
  const view: View = head === "read" || VIEWS.some((v) => v.id === head) ? (head as View) : "ladders";
  return { view, role: decodeURIComponent(rest.join("/")), params: new URLSearchParams(query) };
}

export function routeHash(view: View, params: Record<string, string | number | undefined> = {}, role = ""): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") query.set(k, String(v));
  const q = query.toString();
  return `#/${view}${(view === "role" || view === "plan" || view === "read") && role ? `/${encodeURIComponent(role)}` : ""}${q ? `?${q}` : ""}`;
}

/** The article reader at a quote: the article's text with the span start–end highlighted and scrolled into view. */
export function readerHash(source: string, start: number, end: number, label?: string): string {
  return routeHash("read", { start, end, label }, source);
}
