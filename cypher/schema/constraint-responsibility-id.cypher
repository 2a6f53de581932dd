CREATE CONSTRAINT responsibility_id IF NOT EXISTS FOR (n:Responsibility) REQUIRE n.id IS UNIQUE
