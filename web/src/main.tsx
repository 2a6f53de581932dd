import { render } from "preact";
import { useEffect, useRef, useState } from "preact/hooks";
import { runQuery } from "./graphql.ts";
import { onOutage, outageMessage } from "./parts/outage.ts";
import { RoleSearch } from "./parts/search.tsx";
import { type Source, SourcesContext } from "./parts/sources.tsx";
import { Loaded } from "./parts/status.tsx";
import { useLoad } from "./parts/useQuery.ts";
import { SourcesQuery } from "./queries.ts";
import { parseRoute, type Route, routeHash, VIEWS, type View } from "./route.ts";
import { AgreementView } from "./views/agreement.tsx";
import { ArticleView } from "./views/article.tsx";
import { LaddersView } from "./views/ladders.tsx";
import { PathsView } from "./views/paths.tsx";
import { PlanView } from "./views/plan.tsx";
import { RoleView } from "./views/role.tsx";
import { WorkbenchView } from "./views/workbench.tsx";
import "./style.css";

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    addEventListener("hashchange", update);
    return () => removeEventListener("hashchange", update);
  }, []);
  return route;
}

function go(hash: string): void {
  if (location.hash !== hash) location.hash = hash;
}

function OutageBanner() {
  const [message, setMessage] = useState(outageMessage());
  useEffect(() => onOutage(setMessage), []);
  if (!message) return null;
  return (
    <div class="outage" role="alert">
      <strong>The graph database is not answering.</strong> The page asks again every few seconds and fills in by itself when it is back.{" "}
      <span class="muted">({message})</span>
    </div>
  );
}

/** The tab strip: arrow keys, Home and End move between views (WAI-ARIA tabs pattern). */
function Tabs({ current, lastRole }: { current: View; lastRole: string }) {
  type TabView = (typeof VIEWS)[number]["id"];
  const refs = useRef<(HTMLAnchorElement | null)[]>([]);
  const hrefOf = (view: TabView) => (view === "role" || view === "plan" ? routeHash(view, {}, lastRole) : routeHash(view));
  return (
    <nav aria-label="Views">
      <div role="tablist" class="tabs">
        {VIEWS.map((v, i) => (
          <a
            key={v.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            role="tab"
            id={`tab-${v.id}`}
            aria-selected={current === v.id}
            aria-controls="view"
            tabIndex={current === v.id ? 0 : -1}
            href={hrefOf(v.id)}
            onKeyDown={(e) => {
              const n = VIEWS.length;
              const to =
                e.key === "ArrowRight"
                  ? (i + 1) % n
                  : e.key === "ArrowLeft"
                    ? (i + n - 1) % n
                    : e.key === "Home"
                      ? 0
                      : e.key === "End"
                        ? n - 1
                        : -1;
              const target = VIEWS[to];
              if (to < 0 || !target) return;
              e.preventDefault();
              go(hrefOf(target.id));
              refs.current[to]?.focus();
            }}
          >
            {v.short ? (
              <>
                <span class="wide">{v.label}</span>
                <span class="narrow">{v.short}</span>
              </>
            ) : (
              v.label
            )}
          </a>
        ))}
      </div>
    </nav>
  );
}

function App() {
  const route = useRoute();
  const [tables, setTables] = useState(false);
  const [lastRole, setLastRole] = useState("senior-product-manager");
  // Asked again as each view opens: the HTTP cache makes it a 304 until the data changes, and then
  // a new article gets its column (or loses it) without a reload.
  const sources = useLoad(`sources ${route.view}`, () => runQuery(SourcesQuery, {}), true);
  const p = route.params;
  useEffect(() => {
    if ((route.view === "role" || route.view === "plan") && route.role) setLastRole(route.role);
  }, [route.view, route.role]);
  const openRole = (slug: string) => go(routeHash("role", {}, slug));
  const view = (list: Source[]) => {
    switch (route.view) {
      case "role":
        return (
          <RoleView
            slug={route.role || lastRole}
            tables={tables}
            typed={p.get("as") ?? ""}
            aspect={p.get("aspect") ?? ""}
            source={p.get("source") ?? ""}
          />
        );
      case "plan": {
        const years = Number.parseFloat(p.get("years") ?? "");
        return (
          <PlanView
            slug={route.role || lastRole}
            years={Number.isFinite(years) && years >= 0 ? years : null}
            setPlan={(slug, y) => go(routeHash("plan", { years: y ?? undefined }, slug))}
          />
        );
      }
      case "read":
        return (
          <ArticleView
            source={route.role}
            start={Number(p.get("start") ?? Number.NaN)}
            end={Number(p.get("end") ?? Number.NaN)}
            label={p.get("label") ?? ""}
          />
        );
      case "paths":
        return (
          <PathsView
            sources={list}
            tables={tables}
            openRole={openRole}
            request={{
              from: p.get("from") ?? "",
              to: p.get("to") ?? "",
              sources: (p.get("sources") ?? "").split(",").filter(Boolean),
              track: p.get("track") ?? "",
              minSupport: Number(p.get("min") ?? 1) || 1,
            }}
            setRequest={(r) =>
              go(
                routeHash("paths", {
                  from: r.from,
                  to: r.to,
                  sources: r.sources.join(","),
                  track: r.track,
                  min: r.minSupport === 1 ? undefined : r.minSupport,
                }),
              )
            }
          />
        );
      case "agreement": {
        const [a, b] = (p.get("pair") ?? "").split(",");
        return (
          <AgreementView
            sources={list}
            tables={tables}
            pair={a && b ? [a, b] : null}
            openPair={(pair) => go(routeHash("agreement", { pair: pair.join(",") }))}
          />
        );
      }
      case "workbench":
        return <WorkbenchView />;
      default:
        return (
          <LaddersView
            sources={list}
            tables={tables}
            minSupport={Number(p.get("n") ?? 2) || 2}
            onMinSupport={(n) => go(routeHash("ladders", { n }))}
            openRole={openRole}
          />
        );
    }
  };
  return (
    <>
      <a class="skip" href="#view">
        Skip to the answer
      </a>
      <header class="top">
        <div class="brand">
          <h1>
            laddergraph <span class="muted">explorer</span>
          </h1>
          <p class="lede">The product-management ladder as five articles tell it, and the sentence behind every fact.</p>
        </div>
        <RoleSearch go={go} current={route.view === "role" ? (p.get("as") ?? "") : ""} />
        <div class="top-tools">
          <button type="button" class="toggle" aria-pressed={tables} onClick={() => setTables(!tables)}>
            {tables ? "Show drawings" : "Show as tables"}
          </button>
          <a href="/graphql">GraphiQL</a>
        </div>
      </header>
      <OutageBanner />
      <Tabs current={route.view} lastRole={lastRole} />
      <main>
        <div
          id="view"
          tabIndex={-1}
          {...(route.view === "read" ? { "aria-label": "Article reader" } : { role: "tabpanel", "aria-labelledby": `tab-${route.view}` })}
        >
          <Loaded state={sources} what="the sources">
            {({ sources: list }) => <SourcesContext.Provider value={list}>{view(list)}</SourcesContext.Provider>}
          </Loaded>
        </div>
      </main>
      <footer class="foot">
        Every figure here is the answer to a GraphQL query you can run yourself in <a href="/graphql">GraphiQL</a>; the page only reads, but
        for the workbench’s Publish, which needs the admin token.
      </footer>
    </>
  );
}

const root = document.getElementById("app");
if (root) render(<App />, root);
