import { useSyncExternalStore } from 'react';
import { onSessionChange, readSession, STORAGE_KEY } from './session';
import type { Session } from './session';

let cached: { raw: string | null; session: Session | null } = { raw: null, session: null };

function snapshot(): Session | null {
  const raw = sessionStorage.getItem(STORAGE_KEY);
  if (raw !== cached.raw) cached = { raw, session: readSession() };
  return cached.session;
}

/** The current session; pages re-render when it starts or ends. */
export function useSession(): Session | null {
  return useSyncExternalStore(onSessionChange, snapshot);
}
