// The page-wide "database away" state: set by any query that met an outage, cleared by the next answer.

type Listener = (message: string | null) => void;
const listeners = new Set<Listener>();
let current: string | null = null;

export function outageMessage(): string | null {
  return current;
}

export function reportOutage(message: string | null): void {
  if (message === current) return;
  current = message;
  for (const l of listeners) l(message);
}

export function onOutage(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** How long the page waits before asking again while the database is away. */
export const RETRY_MS = 3_000;
