// The lowest rung any source gives the role (`this`): the roles page sorts by it, as laddergraph's does.
MATCH (this)-[d:DESCRIBED_BY]->(:Source)
RETURN min(d.rank) AS lowestRank
