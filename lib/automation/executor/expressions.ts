// CEL expressions as Inngest uses them: trigger `expression`s, `cancel[].if`, waitForEvent `if`,
// and idempotency / concurrency `key`s, over `event` (the run's trigger) and `async` (an incoming
// event). Parsed once per text.
import { parse } from '@marcbachmann/cel-js';

type Compiled = ReturnType<typeof parse>;
const compiled = new Map<string, Compiled>();

function compile(expression: string): Compiled {
  let fn = compiled.get(expression);
  if (!fn) {
    fn = parse(expression);
    compiled.set(expression, fn);
  }
  return fn;
}

export interface ExpressionScope {
  event?: unknown;
  async?: unknown;
}

/** True when the expression holds. A missing key or a type mismatch means it does not hold. */
export function matches(expression: string | undefined | null, scope: ExpressionScope): boolean {
  if (!expression) return true;
  try {
    return compile(expression)(scope as Record<string, unknown>) === true;
  } catch {
    return false;
  }
}

/** The value of a key expression as a string (for idempotency and concurrency keys). */
export function keyOf(expression: string, scope: ExpressionScope): string {
  try {
    const value = compile(expression)(scope as Record<string, unknown>);
    return typeof value === 'string'
      ? value
      : JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? v.toString() : v));
  } catch {
    // Inngest keys a missing value as empty: every such run shares one key.
    return '';
  }
}
