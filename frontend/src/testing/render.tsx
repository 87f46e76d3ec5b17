// Renders a component as the app would: inside Chakra's system, with Apollo answering from mocks.
import { ChakraProvider } from '@chakra-ui/react';
import { MockedProvider, type MockedProviderProps } from '@apollo/client/testing/react';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { system } from '../app/system.ts';
import { createCache } from '../lib/apollo.ts';
import { WorkspaceContext, type CurrentWorkspace } from '../hooks/use-workspace.ts';

export const testWorkspace: CurrentWorkspace = {
  id: '00000000-0000-4000-8000-000000000001',
  name: 'Acme',
  slug: 'acme',
  role: 'OWNER',
};

export function renderWithProviders(
  ui: ReactElement,
  {
    mocks = [],
    workspace = testWorkspace,
  }: { mocks?: MockedProviderProps['mocks']; workspace?: CurrentWorkspace } = {},
) {
  return render(
    <ChakraProvider value={system}>
      <MockedProvider mocks={mocks} cache={createCache()}>
        <WorkspaceContext.Provider value={workspace}>{ui}</WorkspaceContext.Provider>
      </MockedProvider>
    </ChakraProvider>,
  );
}
