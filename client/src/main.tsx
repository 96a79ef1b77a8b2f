import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router';
import { createApolloClient } from './apollo';
import { MeQuery } from './components/Layout';
import { LOGIN_PFAD } from './pfade';
import { createRouter } from './router';
import './styles.css';

const router = createRouter();

const client = createApolloClient(() => {
  // Session missing or expired: to the login page (which clears the cache on arrival). Say that the
  // session expired only to someone who was logged in, not to a first-time visitor.
  if (router.state.location.pathname === LOGIN_PFAD) return;
  const warAngemeldet = client.readQuery({ query: MeQuery }) !== null;
  void router.navigate(LOGIN_PFAD, {
    replace: true,
    state: warAngemeldet ? { sitzungAbgelaufen: true } : null,
  });
});

const container = document.getElementById('root');
if (!container) throw new Error('#root fehlt in index.html');

createRoot(container).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  </StrictMode>,
);
