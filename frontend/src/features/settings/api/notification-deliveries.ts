// The user's notification delivery log, newest first: what was sent where, or why not.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql.ts';

const NotificationDeliveriesDocument = graphql(`
  query NotificationDeliveries($first: Int) {
    notificationDeliveries(first: $first) {
      id
      channel
      kind
      status
      attempt
      detail
      createdAt
      updatedAt
    }
  }
`);

export function useNotificationDeliveries(first = 20) {
  return useQuery(NotificationDeliveriesDocument, {
    variables: { first },
    fetchPolicy: 'cache-and-network',
  });
}
