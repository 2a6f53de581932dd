// An index on each claim relationship's source (reloads, removals and by-source reads find a source's claims by it).
// A template: src/db/claimStatements.ts makes one statement of it per claim relationship type of the registry
// ({{TYPE}} the type, {{type}} its lower-case name), run by ensureSchema with the files of cypher/schema/.
CREATE INDEX {{type}}_source IF NOT EXISTS FOR ()-[r:{{TYPE}}]-() ON (r.source)
