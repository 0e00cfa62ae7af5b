import {
  assistantCategorySchema,
  assistantGallerySortSchema,
  type AssistantCategory,
  type AssistantGallerySort,
} from '@jumugwan/contracts';

export const galleryFilters = ['all', 'mine', 'saved', 'builtIn'] as const;
export type GalleryFilter = (typeof galleryFilters)[number];

/** The gallery's address: /assistants?q=…&category=…&department=…&filter=…&sort=… (defaults left out). */
export interface GallerySearch {
  q?: string;
  category?: AssistantCategory;
  department?: string;
  filter?: GalleryFilter;
  sort?: AssistantGallerySort;
}

const maximumQueryLength = 100;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/iu;

function text(value: unknown): string {
  // The router parses JSON-looking values, so a search for "2026" arrives as a number.
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value.trim() : '';
}

/** Validates the gallery's query string: anything unknown is dropped, not trusted. */
export function parseGallerySearch(search: Record<string, unknown>): GallerySearch {
  const parsed: GallerySearch = {};
  const query = text(search.q).slice(0, maximumQueryLength);
  if (query !== '') parsed.q = query;
  const category = assistantCategorySchema.safeParse(search.category);
  if (category.success) parsed.category = category.data;
  const department = text(search.department);
  if (uuidPattern.test(department)) parsed.department = department.toLowerCase();
  const filter = galleryFilters.find((candidate) => candidate === search.filter);
  if (filter !== undefined && filter !== 'all') parsed.filter = filter;
  const sort = assistantGallerySortSchema.safeParse(search.sort);
  if (sort.success && sort.data !== 'popular') parsed.sort = sort.data;
  return parsed;
}

/** The query string of GET /api/assistants for one page of the gallery. */
export function galleryQueryString(search: GallerySearch, page: { limit: number; offset: number }): string {
  const parameters = new URLSearchParams();
  if (search.q !== undefined) parameters.set('q', search.q);
  if (search.category !== undefined) parameters.set('category', search.category);
  if (search.department !== undefined) parameters.set('departmentId', search.department);
  parameters.set('filter', search.filter ?? 'all');
  parameters.set('sort', search.sort ?? 'popular');
  parameters.set('limit', String(page.limit));
  parameters.set('offset', String(page.offset));
  return parameters.toString();
}
