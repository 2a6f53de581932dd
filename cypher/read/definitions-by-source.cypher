UNWIND $ids AS id
MATCH (r:Role)-[d:DESCRIBED_BY {source: id}]->(:Source)
WITH id, d, r ORDER BY d.rank, r.id
RETURN id AS key, collect(d {.source, .quote, .start, .end, .note, .title, .rank, .track, .summary, .summaryQuote, .summaryStart, .summaryEnd, .yearsMin, .yearsMax, .yearsText, .yearsQuote, .yearsStart, .yearsEnd, .salaryUsd, .salaryQuote, .salaryStart, .salaryEnd, .trackQuote, .trackStart, .trackEnd, role: r.id}) AS value
