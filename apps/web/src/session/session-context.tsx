import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { createContext, useCallback, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import type { ViewerFieldsFragment } from '../graphql/generated/graphql';
import type { Locale } from '../i18n/translate';
import { sessionStore, type Tokens } from './session-store';
import { ME_QUERY, SIGN_OUT, UPDATE_ME } from './viewer';

export type Viewer = ViewerFieldsFragment;

export interface Session {
  viewer: Viewer | null;
  /** True while the signed-in person is being loaded (a token is kept but `me` has not answered). */
  loading: boolean;
  expired: boolean;
  locale: Locale;
  timeZone: string;
  isStaff: boolean;
  signIn(tokens: Tokens): Promise<void>;
  signOut(): Promise<void>;
  setLocale(locale: Locale): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

const browserTimeZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'America/Toronto';

export function SessionProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const token = useSyncExternalStore(sessionStore.subscribe, () => sessionStore.signedIn());
  const preferred = useSyncExternalStore(sessionStore.subscribe, () => sessionStore.preferredLocale());
  const { data, loading } = useQuery(ME_QUERY, { skip: !token, fetchPolicy: 'cache-first' });
  const [updateMe] = useMutation(UPDATE_ME);
  const [endSession] = useMutation(SIGN_OUT);
  const viewer = token ? (data?.me ?? null) : null;

  const signIn = useCallback(
    async (tokens: Tokens) => {
      await client.clearStore();
      sessionStore.save(tokens);
      const result = await client.query({ query: ME_QUERY, fetchPolicy: 'network-only' });
      if (result.data?.me) sessionStore.setPreferredLocale(result.data.me.locale);
    },
    [client],
  );

  const signOut = useCallback(async () => {
    const refreshToken = sessionStore.refreshToken();
    // The server forgets the refresh token; the page forgets both tokens whatever it answers.
    if (refreshToken) await endSession({ variables: { refreshToken } }).catch(() => undefined);
    sessionStore.clear();
    await client.clearStore();
  }, [client, endSession]);

  const setLocale = useCallback(
    async (locale: Locale) => {
      sessionStore.setPreferredLocale(locale);
      if (!viewer) return;
      await updateMe({ variables: { input: { locale } } });
      // Labels, reasons and messages come from the API in the person's language: fetch them again.
      await client.refetchQueries({ include: 'active' });
    },
    [client, updateMe, viewer],
  );

  const value = useMemo<Session>(
    () => ({
      viewer,
      loading: Boolean(token) && loading && !data,
      expired: sessionStore.expired(),
      locale: viewer?.locale ?? preferred,
      timeZone: viewer?.timeZone ?? browserTimeZone,
      isStaff: viewer?.role === 'STAFF' || viewer?.role === 'ADMIN',
      signIn,
      signOut,
      setLocale,
    }),
    [viewer, token, loading, data, preferred, signIn, signOut, setLocale],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
