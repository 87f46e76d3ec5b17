import { Alert, Link as ChakraLink, Text } from '@chakra-ui/react';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { useAuth } from '../../../hooks/use-auth.tsx';
import { signUp } from '../api/credentials.ts';
import { AuthLayout } from './auth-layout.tsx';
import { CredentialsForm } from './credentials-form.tsx';

export function SignUpPage() {
  const { supabase } = useAuth();
  const navigate = useNavigate();
  const [confirmEmail, setConfirmEmail] = useState(false);

  return (
    <AuthLayout
      title="Create your account"
      subtitle="Sign up with your email. You will create or join a workspace next."
    >
      {confirmEmail ? (
        <Alert.Root status="info">
          <Alert.Indicator />
          <Alert.Content>
            <Alert.Title>Check your email</Alert.Title>
            <Alert.Description>
              Open the confirmation link we sent you, then sign in.
            </Alert.Description>
          </Alert.Content>
        </Alert.Root>
      ) : (
        <CredentialsForm
          submitLabel="Create account"
          passwordAutocomplete="new-password"
          passwordHint="At least 8 characters."
          onSubmit={async (input) => {
            const outcome = await signUp(supabase, input);
            if (outcome.ok && outcome.needsConfirmation) setConfirmEmail(true);
            else if (outcome.ok) await navigate('/', { replace: true });
            return outcome;
          }}
        />
      )}
      <Text>
        Already have an account?{' '}
        <ChakraLink asChild colorPalette="blue" fontWeight="medium">
          <Link to="/sign-in">Sign in</Link>
        </ChakraLink>
      </Text>
    </AuthLayout>
  );
}
