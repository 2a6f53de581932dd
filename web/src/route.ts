// The page's state lives in the URL hash, so every view can be linked, bookmarked and reached with Back.

export type View = "ladders" | "role" | "paths" | "agreement";
export const VIEWS: { id: View; label: string }[] = [
  { id: "ladders", label: "Ladders" },
  { id: "role", label: "Role" },
  { id: "paths", label: "Path finder" },
  { id: "agreement", label: "Agreement" },
];

export interface Route {
  view: View;
  /** Role view: the role's slug. */
  role: string;
  params: URLSearchParams;
}

export function parseRoute(hash: string): Route {
  const [path = "", query = ""] = hash.replace(/^#\/?/, "").split("?");
  const [head = "", ...rest] = path.split("/");
  const view: View = VIEWS.some((v) => v.id === head) ? (head as View) : "ladders";
  return { view, role: decodeURIComponent(rest.join("/")), params: new URLSearchParams(query) };
}

export function routeHash(view: View, params: Record<string, string | number | undefined> = {}, role = ""): string {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== "") query.set(k, String(v));
  const q = query.toString();
  return `#/${view}${view === "role" && role ? `/${encodeURIComponent(role)}` : ""}${q ? `?${q}` : ""}`;
}
