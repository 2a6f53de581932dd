import { graphql } from "./graphql.ts";

// Every figure on the page is the answer to one of these queries; each view links its query to GraphiQL.

export const SourcesQuery = graphql(`
  query ExplorerSources {
    sources { id title author publisher }
  }
`);

export const LadderQuery = graphql(`
  query ExplorerLadder($source: ID!) {
    ladder(source: $source) {
      rank
      definitions { role { slug name } title track yearsOfExperience { text } }
      sourceRoles { heading alsoCalled role { slug name } roles { slug name } }
      promotesTo { from { slug } to { slug } fromRoles { slug } toRoles { slug } claims { kind track } }
    }
  }
`);

// Every aspect but RESPONSIBILITIES (a duty only some sources list is no departure): which source holds which position.
export const DisagreementsQuery = graphql(`
  query ExplorerDisagreements {
    conflicts(aspects: [IDENTITY, PROMOTION, TRACK, YEARS_OF_EXPERIENCE, SALARY, ENTRY_LEVEL, BAND, MANAGEMENT, RELATIVE_RANK]) {
      aspect
      role { slug }
      positions { value sources { id } }
    }
  }
`);

export const ConsensusQuery = graphql(`
  query ExplorerConsensus($minSupport: Int!) {
    roles(first: 100) {
      edges { node { slug name promotesTo(minSupport: $minSupport) { to { slug } support sources { id } } } }
    }
  }
`);

export const EvidenceFields = graphql(`
  fragment ExplorerEvidence on Evidence { quote start end context(chars: 140) note source { id } }
`);

export const RoleQuery = graphql(
  `
  query ExplorerRole($role: ID!) {
    role(id: $role) {
      slug
      name
      definitions {
        source { id title }
        title
        rank
        track
        summary
        salaryUsd
        salaryEvidence { ...ExplorerEvidence }
        yearsOfExperience { text min max }
        note
        evidence { ...ExplorerEvidence }
        bands { band level condition evidence { ...ExplorerEvidence } }
        management { scope over count { text } condition evidence { ...ExplorerEvidence } }
        relativeRanks { relation other { slug name } condition evidence { ...ExplorerEvidence } }
      }
      conflicts {
        aspect
        summary
        withinSource { id }
        positions { value sources { id } evidence { ...ExplorerEvidence } }
      }
    }
  }
`,
  [EvidenceFields],
);

export const TitleQuery = graphql(`
  query ExplorerResolveTitle($title: String!) {
    resolveTitle(title: $title) { role { slug name } relation matchedBy matchedTitle via { slug name } sources { id } }
  }
`);

export const TitleSuggestionsQuery = graphql(`
  query ExplorerTitleSuggestions($search: String!) {
    roles(search: $search, first: 5) { edges { node { slug name } } }
  }
`);

export const KnownTitlesQuery = graphql(`
  query ExplorerKnownTitles {
    roles(first: 100) { edges { node { slug name aliases { title } } } }
  }
`);

/** Why an answer is empty, where the graph knows: shown in words instead of a bare "none". */
export const EmptyReasonFields = graphql(
  `
  fragment ExplorerEmptyReason on EmptyReason { kind message sources { id } evidence { ...ExplorerEvidence } }
`,
  [EvidenceFields],
);

export const PathsQuery = graphql(
  `
  query ExplorerPaths($from: ID!, $to: ID!, $sources: [ID!], $track: Track, $minSupport: Int) {
    pathSearch(from: $from, to: $to, sources: $sources, track: $track, minSupport: $minSupport, maxSteps: 8, first: 20) {
      emptyBecause { ...ExplorerEmptyReason }
      paths {
      length
      minSupport
      roles { slug name }
      steps { from { slug } to { slug } support sources { id } }
      supportedByAll { id }
      }
    }
  }
`,
  [EmptyReasonFields],
);

export const AgreementQuery = graphql(
  `
  query ExplorerAgreement {
    sourceAgreement {
      a { id }
      b { id }
      sharedRoles
      sharedSteps
      contradictedSteps
      rankedRoles
      kendallTau
      contradictions { from { slug name } to { slug name } reason assertedBy { id } contradictedBy { id } evidence { ...ExplorerEvidence } }
    }
  }
`,
  [EvidenceFields],
);

export const SharedStepsQuery = graphql(`
  query ExplorerSharedSteps($pair: [ID!]!) {
    roles(first: 100) {
      edges { node { slug name promotesTo(sources: $pair, minSupport: 2) { to { slug name } support sources { id } } } }
    }
  }
`);

/** The first answer a person wants about their role: where it leads, who says so, and what each step takes. */
export const NextQuery = graphql(
  `
  query ExplorerNext($role: ID!) {
    role(id: $role) { slug name definitions { source { id } rank title salaryUsd salaryEvidence { ...ExplorerEvidence } } }
    next: nextRoleSearch(from: $role) {
      emptyBecause { ...ExplorerEmptyReason }
      steps {
      toRoles { slug name }
      to {
        slug
        name
        definitions { source { id } title rank yearsOfExperience { text min max evidence { ...ExplorerEvidence } } salaryUsd salaryEvidence { ...ExplorerEvidence } }
      }
      support
      sources { id }
      claims { kind track source { id } evidence { ...ExplorerEvidence } readinessSigns { sign evidence { ...ExplorerEvidence } } }
      }
    }
  }
`,
  [EvidenceFields, EmptyReasonFields],
);

export const SkillGapQuery = graphql(
  `
  query ExplorerSkillGap($from: ID!, $to: ID!) {
    skillGap(from: $from, to: $to) { missing { skill { slug name } sources { id } evidence { ...ExplorerEvidence } } }
  }
`,
  [EvidenceFields],
);

export const ArticleQuery = graphql(`
  query ExplorerArticle($source: ID!) {
    source(id: $source) { id title author publisher text }
  }
`);

// The workbench: an article's claims as the drafter drafts them (a query: it writes nothing), and the write that publishes them.
export const DraftClaimsQuery = graphql(`
  query WorkbenchDraft($text: String!, $id: ID!) {
    draftClaims(text: $text, id: $id) {
      id
      sha256
      source { title { text start end } author { text start end } publisher { text start end } }
      definitions {
        role rank confidence reason
        title { text start end }
        summary { text start end }
        years { text min max confidence reason quote { text start end } }
        salaryUsd { amount confidence reason quote { text start end } }
      }
      mentions { role title confidence reason quote { text start end } }
      responsibilities { role confidence reason quote { text start end } }
      skills { skill role confidence reason quote { text start end } }
      promotions { from to kind track confidence reason quote { text start end } }
      identities { role other kind confidence reason quote { text start end } }
      nonPromotions { from to confidence reason quote { text start end } }
      readiness { from to confidence reason quote { text start end } }
      bands { role band level confidence reason quote { text start end } }
      management { role scope confidence reason quote { text start end } }
      relativeRanks { role relation other condition confidence reason quote { text start end } }
      outsideRoles { role relation outsider title confidence reason quote { text start end } }
      proposedRoles { id name reason quote { text start end } }
      proposedSkills { id name kind quote { text start end } }
      problems { claim quote message }
      claimsYaml
      elapsedMs
    }
  }
`);

export const AddSourceMutation = graphql(`
  mutation WorkbenchPublish($id: ID!, $text: String!, $claims: String!) {
    addSource(id: $id, text: $text, claims: $claims) {
      source { id }
      nodesAdded
      relationshipsAdded
    }
  }
`);

// The workbench's live check: the accepted claims as addSource would load them (a query: it writes nothing),
// with the article's ladder and the conflicts it would take part in (every aspect but RESPONSIBILITIES, as the ladders view).
export const PreviewSourceQuery = graphql(`
  query WorkbenchPreview($id: ID!, $text: String!, $claims: String!) {
    previewSource(id: $id, text: $text, claims: $claims, aspects: [IDENTITY, PROMOTION, TRACK, YEARS_OF_EXPERIENCE, SALARY, ENTRY_LEVEL, BAND, MANAGEMENT, RELATIVE_RANK]) {
      taken
      publishable
      problems { claim quote message }
      ladder { rank roles { role name title track } }
      conflicts { role aspect summary isNew positions { value sources } }
    }
  }
`);

// What the workbench's pickers and forms are made from: the catalogue's roles and skills, each claim kind's entry schema.
export const WorkbenchCatalogueQuery = graphql(`
  query WorkbenchCatalogue {
    roles(first: 100) { edges { node { slug name } } }
    skills(first: 100) { edges { node { slug name } } }
    claimKinds { section schema }
  }
`);
