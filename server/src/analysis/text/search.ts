/** Binary search over sorted arrays, shared by every lookup that must stay logarithmic. */

/** The first index in [0, length] whose item satisfies `pred`; `pred` must be false…false true…true. */
export function firstIndex<T>(items: readonly T[], pred: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pred(items[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
