// What every mutation asks of the API's typed errors (docs/adr/0004-api-error-conventions.md), in
// one place: each error type implements `Error`, and api-errors.ts reads `message`, the
// validation's `fieldErrors` and the not-found `entity`. Mutations spread `...ApiErrorFields` into
// their result union and add only the fields of the errors special to them (a refused
// transition's `reason`, say). With fragment masking off, these fields appear on the result types.
import { graphql } from '../gql/gql.ts';

export const ApiErrorFieldsFragment = graphql(`
  fragment ApiErrorFields on Error {
    message
    code
    ... on ValidationError {
      fieldErrors {
        path
        message
      }
    }
    ... on NotFoundError {
      entity
    }
  }
`);
