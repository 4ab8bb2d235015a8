/**
 * A lookup table keyed by text from the user's cells: no prototype, so that a cell reading "constructor" or
 * "toString" finds nothing instead of an Object method ("in" and [] are then safe).
 */
export function dictionary<V>(entries: Record<string, V>): Readonly<Record<string, V>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, V>, entries));
}
