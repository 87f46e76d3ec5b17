// Runs each GraphQL operation inside one RLS transaction for the caller, so a request costs one
// transaction however many fields it resolves, and every resolver shares it through ctx.tx.
import type { Plugin } from 'graphql-yoga';
import type { GraphqlContext } from './context.ts';

export function useRlsTransaction(): Plugin<GraphqlContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn((args) => {
        const ctx = args.contextValue as GraphqlContext;
        return ctx.db.asUser(ctx.claims, async (tx) => {
          ctx.tx = tx;
          return executeFn(args);
        });
      });
    },
  };
}
