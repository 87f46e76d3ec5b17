// The signed-in session, from supabase-js (which keeps it in local storage and refreshes it).
// Signing out also forgets everything cached for the user.
import { useApolloClient } from '@apollo/client/react';
import type { Session, SupabaseClient } from '@supabase/supabase-js';
import { createContext, type ReactNode, useContext, useEffect, useMemo, useState } from 'react';
import { useCurrentWorkspaceStore } from '../stores/current-workspace.ts';

interface AuthValue {
  supabase: SupabaseClient;
  /** null when signed out; undefined while the stored session is being read. */
  session: Session | null | undefined;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthValue | null>(null);

export function AuthProvider({
  supabase,
  children,
}: {
  supabase: SupabaseClient;
  children: ReactNode;
}) {
  const apollo = useApolloClient();
  const [session, setSession] = useState<Session | null | undefined>(undefined);

  useEffect(() => {
    let active = true;
    void supabase.auth.getSession().then(({ data }) => {
      if (active) setSession(data.session);
    });
    const { data } = supabase.auth.onAuthStateChange((event, next) => {
      setSession(next);
      if (event === 'SIGNED_OUT') {
        useCurrentWorkspaceStore.getState().forgetWorkspace();
        void apollo.clearStore();
      }
    });
    return () => {
      active = false;
      data.subscription.unsubscribe();
    };
  }, [supabase, apollo]);

  const value = useMemo<AuthValue>(
    () => ({
      supabase,
      session,
      async signOut() {
        const { error } = await supabase.auth.signOut();
        // The server may already have ended the session: forget it here all the same.
        if (error) await supabase.auth.signOut({ scope: 'local' });
      },
    }),
    [supabase, session],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth() needs <AuthProvider>');
  return value;
}
