import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app/App';
import { createApolloClient } from './graphql/client';
import { sessionStore } from './session/session-store';
import { LocalizedApp } from './app/LocalizedApp';
import { SessionProvider } from './session/session-context';
import './styles/base.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/feedback.css';
import './styles/widgets.css';
import './styles/multiselect.css';
import './styles/filters.css';
import './styles/partners.css';
import './styles/reports.css';

const client = createApolloClient({
  token: () => sessionStore.freshToken(),
  renewedToken: () => sessionStore.renewedToken(),
  signedIn: () => sessionStore.signedIn(),
  locale: () => sessionStore.preferredLocale(),
  onUnauthenticated: () => {
    sessionStore.expire();
    void client.clearStore();
  },
});

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApolloProvider client={client}>
      <SessionProvider>
        <LocalizedApp>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </LocalizedApp>
      </SessionProvider>
    </ApolloProvider>
  </StrictMode>,
);
