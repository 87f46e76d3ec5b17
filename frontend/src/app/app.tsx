// The providers every page relies on: Chakra's system, Apollo, the session, the router.
import { ChakraProvider } from '@chakra-ui/react';
import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import type { SupabaseClient } from '@supabase/supabase-js';
import { useState } from 'react';
import { RouterProvider } from 'react-router';
import { Toaster } from '../components/toaster.tsx';
import { AuthProvider } from '../hooks/use-auth.tsx';
import { createRouter } from './router.tsx';
import { system } from './system.ts';

export function App({ apollo, supabase }: { apollo: ApolloClient; supabase: SupabaseClient }) {
  const [router] = useState(createRouter);
  return (
    <ChakraProvider value={system}>
      <ApolloProvider client={apollo}>
        <AuthProvider supabase={supabase}>
          <RouterProvider router={router} />
          <Toaster />
        </AuthProvider>
      </ApolloProvider>
    </ChakraProvider>
  );
}
