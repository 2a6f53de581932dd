import { createHash } from "node:crypto";

/**
 * The claims file of the small fixture article the write tests add: a junior widget manager
 * (rank 1) promoted to widget manager (rank 2), the promotion and the second summary both quoting
 * `quote`. `text` must hold every quote; the sha256 is computed from it.
 */
export function widgetLadderClaims(o: { id: string; title: string; text: string; quote: string }): string {
  return `
source:
  id: ${o.id}
  title: ${o.title}
  sha256: ${createHash("sha256").update(o.text).digest("hex")}
roles:
  - role: associate-product-manager
    title: { text: Junior Widget Manager, occurrence: 1 }
    rank: 1
    summary: A junior widget manager polishes widgets.
  - role: product-manager
    title: { text: Widget Manager, occurrence: 2 }
    rank: 2
    summary: "${o.quote}"
promotions:
  - from: associate-product-manager
    to: product-manager
    kind: EXPLICIT
    quote: "${o.quote}"
`;
}
