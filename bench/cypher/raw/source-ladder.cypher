// The raw floor's ladder of one source: its ranked definitions rung by rung, with the steps it
// asserts from each rung, shaped as laddergraph's `ladder(source:)` answers them.
MATCH (s:Source {id: $source})
MATCH (r:Role)-[d:DESCRIBED_BY]->(s)
WHERE d.rank IS NOT NULL
WITH s, r, d ORDER BY d.rank, r.id
WITH s, d.rank AS rank, collect(r) AS roles, collect(d) AS definitions
CALL (s, roles) {
  UNWIND roles AS r
  MATCH (r)-[p:PROMOTES_TO {source: s.id}]->(b:Role)
  WITH r, b, p ORDER BY b.id, r.id
  RETURN collect({from: {slug: r.id}, to: {slug: b.id}, claims: [{kind: p.kind, track: p.track, evidence: {quote: p.quote, start: p.start, end: p.end}}]}) AS promotesTo
}
RETURN {
  rank: rank,
  roles: [r IN roles | {slug: r.id, name: r.name}],
  definitions: [d IN definitions | {title: d.title, track: d.track, summary: d.summary}],
  promotesTo: promotesTo
} AS rung
ORDER BY rank
