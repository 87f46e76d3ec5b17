// What a converted lead became: the deal (or that it has since been deleted), with its person
// and organization, each a link.
import { Alert, Link } from '@chakra-ui/react';
import { Link as RouterLink } from 'react-router';
import { formatDateTime } from '../../../lib/records/dates.ts';

interface Named {
  id: string;
  name: string;
}

export function ConvertedLeadNotice({
  lead,
}: {
  lead: {
    convertedAt?: string | null;
    convertedDeal?: Named | null;
    convertedPerson?: Named | null;
    convertedOrganization?: Named | null;
  };
}) {
  return (
    <Alert.Root status="success">
      <Alert.Indicator />
      <Alert.Content>
        <Alert.Title>
          Converted{lead.convertedAt ? ` on ${formatDateTime(lead.convertedAt)}` : ''}
        </Alert.Title>
        <Alert.Description>
          {lead.convertedDeal ? (
            <>
              It became the deal{' '}
              <Link asChild colorPalette="blue" fontWeight="medium">
                <RouterLink to={`/deals/${lead.convertedDeal.id}`}>
                  {lead.convertedDeal.name}
                </RouterLink>
              </Link>
            </>
          ) : (
            'The deal it became has since been deleted'
          )}
          {lead.convertedPerson && (
            <>
              , with{' '}
              <Link asChild colorPalette="blue">
                <RouterLink to={`/people/${lead.convertedPerson.id}`}>
                  {lead.convertedPerson.name}
                </RouterLink>
              </Link>
            </>
          )}
          {lead.convertedOrganization && (
            <>
              {' '}
              at{' '}
              <Link asChild colorPalette="blue">
                <RouterLink to={`/organizations/${lead.convertedOrganization.id}`}>
                  {lead.convertedOrganization.name}
                </RouterLink>
              </Link>
            </>
          )}
          .
        </Alert.Description>
      </Alert.Content>
    </Alert.Root>
  );
}
