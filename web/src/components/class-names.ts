/** Joins the truthy class names; lets components add conditional Tailwind classes readably. */
export function classNames(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
