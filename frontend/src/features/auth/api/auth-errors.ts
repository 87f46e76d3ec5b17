// Supabase Auth's refusals (the embedded server answers the same codes) in words.

interface AuthErrorLike {
  message: string;
  code?: string | undefined;
  status?: number | undefined;
  name?: string | undefined;
}

const MESSAGES: Record<string, string> = {
  invalid_credentials: 'That email and password do not match an account. Check them and try again.',
  user_already_exists: 'An account with this email already exists. Sign in instead.',
  email_exists: 'An account with this email already exists. Sign in instead.',
  email_not_confirmed: 'Confirm your email first: open the link we sent you, then sign in.',
  over_request_rate_limit: 'Too many attempts. Wait a minute, then try again.',
  over_email_send_rate_limit: 'Too many emails sent. Wait a minute, then try again.',
  signup_disabled: 'Sign-ups are turned off for this Waymark. Ask an admin for an account.',
  invalid_api_key: 'The app is configured with the wrong auth key. Tell whoever runs this Waymark.',
  no_api_key: 'The app is configured without an auth key. Tell whoever runs this Waymark.',
};

export function describeAuthError(error: AuthErrorLike): string {
  if (error.code && MESSAGES[error.code]) return MESSAGES[error.code]!;
  if (error.name === 'AuthRetryableFetchError' || error.status === 0) {
    return 'Cannot reach the sign-in service. Check your connection and try again.';
  }
  if (error.code === 'weak_password' || error.code === 'validation_failed') {
    return sentence(error.message);
  }
  if (error.status && error.status >= 500) {
    return 'The sign-in service had a problem. Try again in a moment.';
  }
  return sentence(error.message || 'Signing in failed. Try again.');
}

function sentence(text: string): string {
  const trimmed = text.trim();
  const capitalized = trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
  return /[.!?]$/.test(capitalized) ? capitalized : `${capitalized}.`;
}
