import { Link as ChakraLink, Text } from '@chakra-ui/react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useAuth } from '../../../hooks/use-auth.tsx';
import { signIn } from '../api/credentials.ts';
import { AuthLayout } from './auth-layout.tsx';
import { CredentialsForm } from './credentials-form.tsx';

export function SignInPage() {
  const { supabase } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from ?? '/';

  return (
    <AuthLayout title="Sign in" subtitle="Welcome back. Sign in with your email and password.">
      <CredentialsForm
        submitLabel="Sign in"
        passwordAutocomplete="current-password"
        onSubmit={async (input) => {
          const outcome = await signIn(supabase, input);
          if (outcome.ok) await navigate(from, { replace: true });
          return outcome;
        }}
      />
      <Text>
        New to Waymark?{' '}
        <ChakraLink asChild colorPalette="blue" fontWeight="medium">
          <Link to="/sign-up" state={location.state}>
            Create an account
          </Link>
        </ChakraLink>
      </Text>
    </AuthLayout>
  );
}
