// After a load: resample every index, wait for it, and clear the query caches, so the statements
// timed next are planned from the loaded graph's statistics (see bench/README.md, "cold plans").
CALL db.prepareForReplanning($timeoutSeconds)
