// The ids of sources equal to $id ignoring case: an id is refused when it, or a case variant of
// it, is taken (two ids differing only in case would be one file on a case-insensitive disk).
MATCH (s:Source)
WHERE toLower(s.id) = toLower($id)
RETURN s.id AS id
