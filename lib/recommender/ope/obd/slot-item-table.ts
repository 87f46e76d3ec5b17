// A number per (slot, item) pair: both the evaluation policy π_e(item | slot) and the reward
// model q̂(item, slot) of the OBD benchmark depend on nothing else, so they share one layout.
export interface SlotItemTable {
  slots: number;
  items: number;
  /** slots × items, row-major; slot index 0 is position 1. */
  values: Float64Array;
}

/** The value for `item` in the 1-based `position`, as the impression files number slots. */
export function valueAt(table: SlotItemTable, item: number, position: number): number {
  return table.values[(position - 1) * table.items + item]!;
}
