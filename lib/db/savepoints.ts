// Savepoints shared by both adapters: nested names so savepoints can nest.
import type { Row, SqlParam, Tx } from './port.ts';

type RawQuery = <T extends Row>(text: string, params?: readonly SqlParam[]) => Promise<T[]>;

export function makeTx(raw: RawQuery): Tx {
  let depth = 0;
  const tx: Tx = {
    query: raw,
    async savepoint(fn) {
      const name = `sp_${++depth}`;
      await raw(`savepoint ${name}`);
      try {
        const result = await fn(tx);
        await raw(`release savepoint ${name}`);
        return result;
      } catch (error) {
        await raw(`rollback to savepoint ${name}`);
        throw error;
      } finally {
        depth--;
      }
    },
  };
  return tx;
}
