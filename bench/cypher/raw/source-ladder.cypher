// The raw floor's ladder of one source: its ranked definitions rung by rung, shaped as laddergraph's
// `ladder(source:)` answers them, with the source's promotion claims and SAME_AS claims, from which
// the steps of each rung are grouped by laddergraph's rules in JavaScript (bench/targets/steps.ts):
// the titles a source joins by its SAME_AS are one entry, their steps one step.
MATCH (s:Source {id: $source})
CALL (s) {
  MATCH (a:Role)-[p:PROMOTES_TO {source: s.id}]->(b:Role)
  WITH a, b, p ORDER BY b.id, a.id
  RETURN collect({from: a.id, to: b.id, kind: p.kind, track: p.track, quote: p.quote, start: p.start, end: p.end}) AS claims
}
CALL (s) {
  MATCH (a:Role)-[e:SAME_AS {source: s.id}]->(b:Role)
  RETURN collect({role: a.id, other: b.id}) AS sameAs
}
MATCH (r:Role)-[d:DESCRIBED_BY]->(s)
WHERE d.rank IS NOT NULL
WITH claims, sameAs, r, d ORDER BY d.rank, r.id
WITH claims, sameAs, d.rank AS rank, collect(r) AS roles, collect(d) AS definitions
RETURN {
  rung: {
    rank: rank,
    roles: [r IN roles | {slug: r.id, name: r.name}],
    definitions: [d IN definitions | {title: d.title, track: d.track, summary: d.summary}]
  },
  claims: claims,
  sameAs: sameAs
} AS row
ORDER BY rank
