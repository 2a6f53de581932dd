// Nodes and relationships of the graph, without the DataVersion bookkeeping node (all from the count store).
CALL () { MATCH (n) RETURN count(n) AS all }
CALL () { MATCH (v:DataVersion) RETURN count(v) AS bookkeeping }
CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
RETURN all - bookkeeping AS nodes, relationships
