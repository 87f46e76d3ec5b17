// A document refused before it runs (it does not parse, breaks a query limit, or fails
// validation) answers HTTP 400 with a stable code, whatever the client's Accept header: Yoga's
// default for plain application/json is a 200 without a code, which clients and monitors read as
// success.
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';

export const RefusalCode = {
  /** A limit of yoga.ts's QUERY_LIMITS: depth, aliases, tokens, directives or cost. */
  LimitExceeded: 'QUERY_LIMIT_EXCEEDED',
  ParseFailed: 'GRAPHQL_PARSE_FAILED',
  ValidationFailed: 'GRAPHQL_VALIDATION_FAILED',
} as const;

/** graphql-armor's refusals all read "… limit of N exceeded …". */
const LIMIT = /limit of \d+ exceeded/i;

function refused(error: GraphQLError, fallback: string): GraphQLError {
  const code = LIMIT.test(error.message) ? RefusalCode.LimitExceeded : fallback;
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    originalError: error.originalError,
    extensions: { ...error.extensions, code },
  });
}

/**
 * For graphql-armor's validation rules: report the refusal as a validation error instead of
 * throwing out of validation (a throw skips the other plugins' after-validation hooks).
 */
export const reportRefusal = {
  propagateOnRejection: false,
  onReject: [
    (context: ValidationContext | null, error: GraphQLError) => context?.reportError(error),
  ],
};

const REFUSAL_CODES = new Set<unknown>(Object.values(RefusalCode));

export function useRefusedDocumentCodes(): Plugin {
  return {
    onValidate:
      () =>
      ({ valid, result, setResult }) => {
        if (!valid) setResult(result.map((e) => refused(e, RefusalCode.ValidationFailed)));
      },
    // Yoga marks refused documents' errors as the spec's, which it answers with a 200 to an
    // application/json client; a status on the result itself outranks that.
    onResultProcess: ({ result, setResult }) => {
      if (Array.isArray(result) || !('errors' in result) || !result.errors) return;
      if (!result.errors.some((e) => REFUSAL_CODES.has(e.extensions?.['code']))) return;
      setResult({ ...result, extensions: { ...result.extensions, http: { status: 400 } } });
    },
    onParse:
      () =>
      ({ result, replaceParseResult }) => {
        if (result instanceof GraphQLError) {
          replaceParseResult(refused(result, RefusalCode.ParseFailed));
        }
      },
  };
}
