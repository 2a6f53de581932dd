UNWIND $ids AS id
MATCH (r:Role {id: id})-[d:DESCRIBED_BY]->(src:Source)
WITH id, d, src ORDER BY d.source
RETURN id AS key, collect(d {.source, .quote, .start, .end, .note, .title, .rank, .track, .summary, .summaryQuote, .summaryStart, .summaryEnd, .yearsMin, .yearsMax, .yearsText, .yearsQuote, .yearsStart, .yearsEnd, .salaryUsd, .salaryQuote, .salaryStart, .salaryEnd, .trackQuote, .trackStart, .trackEnd, role: id, sourceNode: src {.id, .title, .author, .publisher, .sha256}}) AS value
