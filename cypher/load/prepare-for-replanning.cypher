// After a load: resample the indexes and clear the plan cache, so reads are planned from the loaded
// graph's statistics rather than the empty graph's (a cold plan cost the path query 16x the db hits).
CALL db.prepareForReplanning($timeoutSeconds)
