// Growable module-level buffers for the scoring path: a decision scores tens of candidates a few
// times per request, and allocating per call (or per candidate) would show up in the garbage
// collector long before it shows up in the arithmetic. Scoring is synchronous, so one buffer per
// purpose per module is never shared between two calls in flight.

export class Float64Scratch {
  private buffer = new Float64Array(64);

  /** A buffer of at least `size` numbers; its contents are whatever the last user left. */
  get(size: number): Float64Array {
    if (this.buffer.length < size)
      this.buffer = new Float64Array(Math.max(size, this.buffer.length * 2));
    return this.buffer;
  }
}

export class Int32Scratch {
  private buffer = new Int32Array(64);

  /** A buffer of at least `size` integers; its contents are whatever the last user left. */
  get(size: number): Int32Array {
    if (this.buffer.length < size)
      this.buffer = new Int32Array(Math.max(size, this.buffer.length * 2));
    return this.buffer;
  }
}
