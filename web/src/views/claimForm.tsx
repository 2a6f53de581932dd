import { useState } from "preact/hooks";
import { type AddedClaim, KINDS, type KindKey, quoteOf, type Span } from "./workbenchClaims.ts";

/**
 * The form for adding a claim of any kind from a selection of the article, made from the kind's
 * entry schema (the API's `claimKinds`: JSON Schema generated from the validator's own schema):
 * one control per field of the entry — the selection for its first quote, a role or skill picker
 * for a slug naming one, a list for an enum, a number for an integer, text otherwise. Nested
 * figures (years, salary, counts, a skill's step) are left to the downloaded file.
 */

export interface JsonSchema {
  type?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  enum?: string[];
  anyOf?: JsonSchema[];
  default?: unknown;
}

export interface Choice {
  id: string;
  label: string;
}

type Control = "selection" | "quote" | "role" | "skill" | "enum" | "int" | "text";

const ROLE_FIELDS = new Set(["role", "other", "from", "to", "outsider"]);

function isQuote(s: JsonSchema): boolean {
  return Boolean(s.anyOf?.some((x) => x.type === "object" && x.properties?.occurrence));
}

/** The form's fields from an entry schema, in the schema's order; `note` and nested objects left out. */
export function fieldsOf(schema: JsonSchema): { name: string; control: Control; required: boolean; options?: string[] }[] {
  const required = new Set(schema.required ?? []);
  let selectionUsed = false;
  const out: { name: string; control: Control; required: boolean; options?: string[] }[] = [];
  for (const [name, s] of Object.entries(schema.properties ?? {})) {
    if (name === "note") continue;
    let control: Control | null = null;
    if (isQuote(s)) {
      control = selectionUsed ? "quote" : "selection";
      selectionUsed = true;
    } else if (s.enum) control = "enum";
    else if (s.type === "string" && ROLE_FIELDS.has(name)) control = "role";
    else if (s.type === "string" && name === "skill") control = "skill";
    else if (s.type === "integer") control = "int";
    else if (s.type === "string") control = "text";
    if (control) out.push({ name, control, required: required.has(name), ...(s.enum ? { options: s.enum } : {}) });
  }
  return out;
}

export function ClaimForm(props: {
  text: string;
  selection: Span;
  schemas: ReadonlyMap<string, JsonSchema>;
  roles: readonly Choice[];
  skills: readonly Choice[];
  onAdd: (claim: AddedClaim) => void;
}) {
  const [kind, setKind] = useState<KindKey>("responsibilities");
  const [values, setValues] = useState<Record<string, string>>({});
  const section = KINDS.find((k) => k.key === kind)?.section ?? "";
  const schema = props.schemas.get(section);
  const fields = schema ? fieldsOf(schema) : [];
  const missing = fields.filter((f) => f.required && f.control !== "selection" && !values[`${kind}.${f.name}`]).map((f) => f.name);
  const id = (name: string) => `wb-add-field-${name}`;

  function submit(e: Event) {
    e.preventDefault();
    if (missing.length > 0) return;
    const entry: Record<string, unknown> = {};
    for (const f of fields) {
      const v = values[`${kind}.${f.name}`];
      if (f.control === "selection") entry[f.name] = quoteOf(props.text, props.selection);
      else if (!v) continue;
      else if (f.control === "int") entry[f.name] = Number.parseInt(v, 10);
      else entry[f.name] = v;
    }
    props.onAdd({ kind, entry, span: props.selection });
    setValues({});
  }

  const set = (name: string, v: string) => setValues((old) => ({ ...old, [`${kind}.${name}`]: v }));
  return (
    <form class="claim-form" onSubmit={submit} aria-labelledby="wb-add-heading">
      <h4 id="wb-add-heading">Add a claim on the selection</h4>
      <label for="wb-add-kind">Kind</label>
      <select
        id="wb-add-kind"
        value={kind}
        onChange={(e) => {
          setKind(e.currentTarget.value as KindKey);
        }}
      >
        {KINDS.map((k) => (
          <option key={k.key} value={k.key}>
            {k.label}
          </option>
        ))}
      </select>
      {fields.map((f) => {
        const value = values[`${kind}.${f.name}`] ?? "";
        const label = (
          <label for={id(f.name)}>
            {f.name}
            {f.required ? "" : " (optional)"}
          </label>
        );
        if (f.control === "selection")
          return (
            <p key={f.name} class="claim-form-selection">
              <span class="field-name">{f.name}</span>: the selection, “{props.selection.text}”
            </p>
          );
        const choices = f.control === "role" ? props.roles : f.control === "skill" ? props.skills : null;
        if (choices || f.control === "enum")
          return (
            <div key={f.name} class="claim-form-field">
              {label}
              <select id={id(f.name)} data-field={f.name} value={value} onChange={(e) => set(f.name, e.currentTarget.value)}>
                <option value="">{f.required ? "— choose —" : "— none —"}</option>
                {choices
                  ? choices.map((c) => (
                      <option key={c.id} value={c.id}>
                        {c.label}
                      </option>
                    ))
                  : f.options?.map((o) => (
                      <option key={o} value={o}>
                        {o}
                      </option>
                    ))}
              </select>
            </div>
          );
        const onInput = (e: { currentTarget: HTMLInputElement }) => set(f.name, e.currentTarget.value);
        return (
          <div key={f.name} class="claim-form-field">
            {label}
            {f.control === "int" ? (
              <input id={id(f.name)} data-field={f.name} type="number" min={1} value={value} onInput={onInput} />
            ) : (
              <input
                id={id(f.name)}
                data-field={f.name}
                type="text"
                value={value}
                placeholder={f.control === "quote" ? "words exactly as the article writes them" : undefined}
                onInput={onInput}
              />
            )}
          </div>
        );
      })}
      <button type="submit" disabled={missing.length > 0} aria-describedby="wb-add-why">
        Add claim
      </button>
      <p id="wb-add-why" class="muted">
        {missing.length > 0
          ? `Still needed: ${missing.join(", ")}.`
          : "Added claims are accepted; the validator checks them with the rest."}
      </p>
    </form>
  );
}
