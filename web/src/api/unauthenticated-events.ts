export type UnauthenticatedReason = 'unauthenticated' | 'session_expired';

type UnauthenticatedListener = (reason: UnauthenticatedReason) => void;

const listeners = new Set<UnauthenticatedListener>();

/** Lets the app shell react (go to /login) when any API call finds the session gone. */
export function onUnauthenticated(listener: UnauthenticatedListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyUnauthenticated(reason: UnauthenticatedReason): void {
  for (const listener of listeners) {
    listener(reason);
  }
}
