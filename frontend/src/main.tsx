// Start-up: read the configuration (failing loudly, in the page, when it is missing or bad),
// create the Supabase and Apollo clients, render the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { loadConfig } from './config/env.ts';
import { createApolloClient } from './lib/apollo.ts';
import { createSupabase } from './lib/supabase.ts';

const root = createRoot(document.getElementById('root')!);

try {
  const config = await loadConfig();
  const supabase = createSupabase(config);
  const apollo = createApolloClient(supabase, config.apiUrl);
  root.render(
    <StrictMode>
      <App apollo={apollo} supabase={supabase} />
    </StrictMode>,
  );
} catch (error) {
  console.error(error);
  root.render(<StartupError message={error instanceof Error ? error.message : String(error)} />);
}

// Plain markup: Chakra's provider is part of what did not start.
function StartupError({ message }: { message: string }) {
  return (
    <main
      role="alert"
      style={{
        fontFamily: 'system-ui, sans-serif',
        maxWidth: '36rem',
        margin: '4rem auto',
        padding: '0 1rem',
      }}
    >
      <h1>Waymark could not start</h1>
      <p>{message}</p>
      <p>Check that the Waymark server is running, then reload this page.</p>
      <button type="button" onClick={() => window.location.reload()}>
        Reload
      </button>
    </main>
  );
}
