UNWIND $ids AS id
MATCH (r:Role)-[d:DESCRIBED_BY {source: id}]->(src:Source)
WITH id, d, r, src ORDER BY d.rank, r.id
RETURN id AS key, collect(d {.source, .quote, .start, .end, .note, .title, .rank, .track, .summary, .summaryQuote, .summaryStart, .summaryEnd, .yearsMin, .yearsMax, .yearsText, .yearsQuote, .yearsStart, .yearsEnd, .salaryUsd, .salaryQuote, .salaryStart, .salaryEnd, .trackQuote, .trackStart, .trackEnd, role: r.id, roleNodes: [r {.id, .name}], sourceNode: src {.id, .title, .author, .publisher, .sha256}}) AS value
