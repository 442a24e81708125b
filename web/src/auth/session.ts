/** Who is signed in: the key (sessionStorage only, never a URL or a log) and what it opens. */
export interface Session {
  key: string;
  /** `all`: the admin key, every event; `event`: an organiser key, its one event. */
  scope: 'all' | 'event';
  /** The event an organiser key opens. */
  eventId?: string;
}

export const STORAGE_KEY = 'montagne-match.console.session';
const listeners = new Set<() => void>();

export function readSession(): Session | null {
  const stored = sessionStorage.getItem(STORAGE_KEY);
  if (!stored) return null;
  try {
    return JSON.parse(stored) as Session;
  } catch {
    return null;
  }
}

export function saveSession(session: Session): void {
  sessionStorage.setItem(STORAGE_KEY, JSON.stringify(session));
  listeners.forEach((listener) => listener());
}

/** Sign-out, or a 401 from the service: the key is forgotten and every page goes to sign-in. */
export function signOutEverywhere(): void {
  sessionStorage.removeItem(STORAGE_KEY);
  listeners.forEach((listener) => listener());
}

export function onSessionChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
