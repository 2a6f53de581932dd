import { auditClaimsOfThisRole, benchCypher, promotionClaimsOfThisRole } from "../statements.ts";

/** Fields of a DESCRIBED_BY edge: one source's definition of a role, with its evidence offsets. */
const DEFINITION_FIELDS = `
  source: ID!
  quote: String!
  start: Int!
  end: Int!
  note: String
  title: String!
  rank: Int
  track: String
  summary: String
  summaryQuote: String
  summaryStart: Int
  summaryEnd: Int
  yearsMin: Float
  yearsMax: Float
  yearsText: String
  yearsQuote: String
  yearsStart: Int
  yearsEnd: Int
  salaryUsd: Int
  salaryQuote: String
  salaryStart: Int
  salaryEnd: Int
  trackQuote: String
  trackStart: Int
  trackEnd: Int`;

function block(statement: string): string {
  if (statement.includes('"""')) throw new Error('a @cypher statement cannot contain """');
  return `"""\n${statement}\n"""`;
}

/**
 * The type definitions @neo4j/graphql serves: the same graph as laddergraph's, written the way a
 * user of the library would — nodes and relationship properties for what it generates itself,
 * @cypher for what it cannot express (a role's lowest rank, the claims an audit reads and a role's
 * steps up — laddergraph's own statements, returned whole as a JSON scalar), and custom resolvers
 * that run laddergraph's own rules on those claims: the conflicts, and the steps up as its sources
 * tell them (a source's step out of a title it holds to be the role is a step out of the role: the
 * generated `promotesToConnection` cannot fold those in). `promotionPaths` is a root field with a
 * resolver of its own (server.ts): the library has no path support, and a @cypher field cannot
 * take the statement's length bound.
 */
export function typeDefs(): string {
  return `
type Source @node {
  id: ID!
  title: String
  author: String
  publisher: String
  sha256: String
  roles: [Role!]! @relationship(type: "DESCRIBED_BY", direction: IN, properties: "Definition")
}

type Role @node {
  id: ID!
  name: String!
  lowestRank: Int @cypher(statement: ${block(benchCypher("lowest-rank"))}, columnName: "lowestRank")
  definitions: [Source!]! @relationship(type: "DESCRIBED_BY", direction: OUT, properties: "Definition")
  promotesTo: [Role!]! @relationship(type: "PROMOTES_TO", direction: OUT, properties: "Promotion")
  promotedFrom: [Role!]! @relationship(type: "PROMOTES_TO", direction: IN, properties: "Promotion")
  "The roles a source says this one is, as it says it (this role first): the direction names the source role's heading."
  sameAs: [Role!]! @relationship(type: "SAME_AS", direction: OUT, properties: "Claim")
  coexistsWith: [Role!]! @relationship(type: "COEXISTS_WITH", direction: OUT, queryDirection: UNDIRECTED, properties: "Claim")
  responsibilities: [Responsibility!]! @relationship(type: "RESPONSIBLE_FOR", direction: OUT, properties: "Claim")
  auditClaims: JSON! @cypher(statement: ${block(auditClaimsOfThisRole())}, columnName: "value")
  conflicts: [Conflict!]! @customResolver(requires: "id auditClaims")
  promotionClaims: JSON @cypher(statement: ${block(promotionClaimsOfThisRole())}, columnName: "value")
  next: [NextRole!]! @customResolver(requires: "id promotionClaims")
}

type Responsibility @node {
  id: ID!
  text: String!
}

type Definition @relationshipProperties {${DEFINITION_FIELDS}
}

type Promotion @relationshipProperties {
  source: ID!
  quote: String!
  start: Int!
  end: Int!
  note: String
  kind: String!
  track: String
}

type Claim @relationshipProperties {
  source: ID!
  quote: String!
  start: Int!
  end: Int!
  note: String
}

"""Every claim laddergraph's conflict rules read about one role, as laddergraph's own statement returns them."""
scalar JSON

type SourceRef {
  id: ID!
}

type Evidence {
  quote: String!
  start: Int!
  end: Int!
  source: SourceRef!
}

type Position {
  value: String!
  sources: [SourceRef!]!
  evidence: [Evidence!]!
}

type Conflict {
  aspect: String!
  summary: String!
  withinSource: [SourceRef!]!
  positions: [Position!]!
}

type NextRoleTo {
  id: ID!
  name: String!
}

type NextRole {
  to: NextRoleTo!
  support: Int!
  sources: [SourceRef!]!
}

type PathRole {
  slug: ID!
  name: String!
}

type PathStepRole {
  slug: ID!
}

type PathStep {
  from: PathStepRole!
  to: PathStepRole!
  support: Int!
  sources: [SourceRef!]!
  evidence: [Evidence!]!
}

type PromotionPath {
  length: Int!
  minSupport: Int!
  roles: [PathRole!]!
  supportedByAll: [SourceRef!]!
  steps: [PathStep!]!
}

type Query {
  promotionPaths(from: ID!, to: ID!, maxSteps: Int = 6, sources: [ID!], minSupport: Int = 1, track: String, first: Int = 20): [PromotionPath!]!
}
`;
}
