// Runs each GraphQL operation inside one RLS transaction for the caller, so a request costs one
// transaction however many fields it resolves, and every resolver shares it through ctx.tx.
import { Kind, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { GraphqlContext } from './context.ts';

export interface RlsTransactionOptions {
  /** Called after a mutation's transaction committed, e.g. to deliver the events it wrote. */
  afterMutation?: () => void;
}

export function useRlsTransaction(options: RlsTransactionOptions = {}): Plugin<GraphqlContext> {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        const ctx = args.contextValue as GraphqlContext;
        const result = await ctx.db.asUser(ctx.claims, async (tx) => {
          ctx.tx = tx;
          return executeFn(args);
        });
        if (options.afterMutation && isMutation(args.document.definitions, args.operationName))
          options.afterMutation();
        return result;
      });
    },
  };
}

function isMutation(
  definitions: readonly { kind: Kind }[],
  operationName: string | null | undefined,
): boolean {
  const operations = definitions.filter(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  );
  const operation =
    operations.length === 1
      ? operations[0]
      : operations.find((o) => o.name?.value === operationName);
  return operation?.operation === 'mutation';
}
