/**
 * Where to go after signing in. Only same-site paths are followed (never `//host` or a full URL), and
 * never back to the sign-in pages themselves.
 */
export function safeRedirectTarget(target: string | undefined): string {
  if (
    target === undefined ||
    !target.startsWith('/') ||
    target.startsWith('//') ||
    target.startsWith('/\\')
  ) {
    return '/chat';
  }
  if (/^\/(login|setup)(?=$|[/?#])/.test(target)) {
    return '/chat';
  }
  return target;
}
