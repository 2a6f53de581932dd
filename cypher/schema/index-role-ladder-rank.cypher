CREATE INDEX role_ladder_rank IF NOT EXISTS FOR (n:Role) ON (n.ladderRank, n.name)
