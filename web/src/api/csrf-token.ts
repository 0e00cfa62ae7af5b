/**
 * The CSRF token of the current session. Kept outside React so every request helper can read it;
 * it is written whenever a SessionResponse arrives (session check, login, setup).
 */
let currentCsrfToken = '';

export function setCsrfToken(token: string): void {
  currentCsrfToken = token;
}

export function getCsrfToken(): string {
  return currentCsrfToken;
}
