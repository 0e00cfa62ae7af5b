/** A copy sorted by createdAt, newest first; ties keep their order. */
export function sortNewestFirst<Item extends { createdAt: string }>(items: readonly Item[]): Item[] {
  return items
    .map((item, index) => ({ item, index, time: Date.parse(item.createdAt) }))
    .sort((left, right) => (right.time || 0) - (left.time || 0) || left.index - right.index)
    .map(({ item }) => item);
}
