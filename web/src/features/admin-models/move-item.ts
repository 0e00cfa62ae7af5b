/**
 * A copy of `items` with the item at `index` moved by `offset` places (-1 = up, +1 = down).
 * A move past either end leaves the order as it is.
 */
export function moveItem<Item>(items: readonly Item[], index: number, offset: number): Item[] {
  const target = index + offset;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length || offset === 0) {
    return [...items];
  }
  const moved = [...items];
  const [item] = moved.splice(index, 1);
  if (item !== undefined) {
    moved.splice(target, 0, item);
  }
  return moved;
}
