/**
 * The worked examples: GraphiQL opens with them as tabs, the README shows them with their real
 * answers, and a test runs every one against the seed graph (so they stay inside the limits).
 */
export interface Example {
  name: string;
  query: string;
  variables?: Record<string, unknown>;
}

export const EXAMPLES: readonly Example[] = [
  {
    name: "PathByOneArticle",
    query: `# The shortest way from Associate PM to VP of Product, as article 000 tells it.
query PathByOneArticle {
  shortestPromotionPath(from: "associate-product-manager", to: "vp-of-product", sources: ["000_18567d4f4f5ab0b1"]) {
    length
    roles { slug name }
    steps { from { slug } to { slug } support evidence { quote } }
  }
}`,
  },
  {
    name: "PathByConsensus",
    query: `# Walk only the steps at least two articles agree on.
query PathByConsensus {
  promotionPaths(from: "associate-product-manager", to: "vp-of-product", minSupport: 2, first: 5) {
    length
    minSupport
    roles { slug }
    supportedByAll { id }
  }
}`,
  },
  {
    name: "NextRoles",
    query: `# Where a Senior Product Manager goes next, and who says so.
query NextRoles {
  nextRoles(from: "senior-product-manager") {
    to { slug name }
    support
    claims { source { id } kind track evidence { quote } }
  }
}`,
  },
  {
    name: "RoleAudit",
    query: `# Everything the articles say about the VP of Product, and where they disagree.
query RoleAudit {
  role(id: "vp-of-product") {
    name
    definitions { source { id } title rank track salaryUsd yearsOfExperience { text } }
    conflicts(aspects: [IDENTITY, PROMOTION, SALARY]) {
      aspect
      summary
      positions { value sources { id } evidence { quote context(chars: 40) } }
      withinSource { id }
    }
  }
}`,
  },
  {
    name: "ResolveTitle",
    query: `# What people type, mapped to canonical roles.
query ResolveTitle {
  resolveTitle(title: "Junior PM") {
    role { slug name }
    relation
    matchedBy
    via { slug }
    sources { id }
  }
}`,
  },
  {
    name: "Ladder",
    query: `# Article 003's ladder, rung by rung, with its branches.
query Ladder {
  ladder(source: "003_24894dd3d8424456") {
    rank
    definitions { role { slug } title track yearsOfExperience { min max text } }
    promotesTo { to { slug } claims { kind track } }
  }
}`,
  },
  {
    name: "SourceAgreement",
    query: `# How far each pair of articles agrees.
query SourceAgreement {
  sourceAgreement {
    a { id }
    b { id }
    sharedRoles
    sharedSteps
    contradictedSteps
    rankedRoles
    kendallTau
  }
}`,
  },
  {
    name: "YearsOfExperience",
    query: `# Years of experience each article gives for a Principal PM.
query YearsOfExperience {
  role(id: "principal-product-manager") {
    definitions { source { id } yearsOfExperience { min max text evidence { quote start end } } }
  }
}`,
  },
  {
    name: "NextRolesBySource",
    query: `# Where a Senior Product Manager goes next, according to each article: one request.
query NextRolesBySource {
  role(id: "senior-product-manager") {
    nextRolesBySource {
      source { id }
      roles { slug }
      claims { to { slug } kind track }
    }
  }
}`,
  },
  {
    name: "OneSourceAtAGlance",
    query: `# One article's ladder and every skill it names, in one request.
query OneSourceAtAGlance {
  source(id: "003_24894dd3d8424456") {
    title
    ladder { rank roles { slug } }
    skills { skill { slug } role { slug } }
  }
}`,
  },
  {
    name: "RolesOfOneSource",
    query: `# The roles one article describes, in its order, with the title it gives each.
query RolesOfOneSource {
  roles(source: "002_d2d1fea17da82400") {
    edges { node { slug definitions(source: "002_d2d1fea17da82400") { title rank } } }
  }
}`,
  },
  {
    name: "SkillGap",
    query: `# Skills the articles tie to the Group PM and not to the Product Manager.
query SkillGap {
  skillGap(from: "product-manager", to: "group-product-manager") {
    missing { skill { name kind } sources { id } evidence { quote } }
  }
}`,
  },
  {
    name: "Bands",
    query: `# Which band each article puts the Senior Product Manager in, and where the articles band roles differently.
query Bands {
  role(id: "senior-product-manager") { bands { source { id } band level condition evidence { quote } } }
  conflicts(aspects: [BAND]) { role { slug } summary positions { value band sources { id } } withinSource { id } }
}`,
  },
  {
    name: "ManagementScope",
    query: `# Does the Product Leader manage people? Each article's words, whom and how many, and the disagreement.
query ManagementScope {
  role(id: "product-leader") {
    management { source { id } scope over overRoles { slug } count { text min max } condition evidence { quote } }
    conflicts(aspects: [MANAGEMENT]) { summary positions { value peopleManagement sources { id } } withinSource { id } }
  }
}`,
  },
  {
    name: "RelativeRanks",
    query: `# How the Product Leader ranks against other roles: what the articles say, with conditions, against their ladders.
query RelativeRanks {
  role(id: "product-leader") {
    relativeRanks { source { id } relation other { slug } condition evidence { quote } }
    conflicts(aspects: [RELATIVE_RANK]) { summary positions { value rankRelation otherRole { slug } sources { id } } }
  }
}`,
  },
  {
    name: "OutsideRoles",
    query: `# The chief executive is not on the product ladder; which ladder roles do the articles tie to the CEO?
query OutsideRoles {
  resolveTitle(title: "CEO") { role { slug name outsideLadder } }
  role(id: "chief-executive-officer") { outsideRoles { source { id } role { slug } relation title condition evidence { quote } } }
}`,
  },
  {
    name: "SkillsAsTold",
    query: `# Which skills article 001 names, how it classifies them, which it ranks highest, and what it ties each to.
query SkillsAsTold {
  source(id: "001_a8ebed2f27fe2428") {
    skills { skill { slug } role { slug } scope step { from { slug } to { slug } } classification { text kind } emphasis { text level } }
  }
}`,
  },
  {
    name: "ReadinessSigns",
    query: `# The signs each article lists that a Product Manager is ready for the Senior role.
query ReadinessSigns {
  nextRoles(from: "product-manager") { to { slug } readinessSigns { source { id } sign evidence { start end } } }
}`,
  },
];
