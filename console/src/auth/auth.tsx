import { UserManager, WebStorageStateStore, type User } from 'oidc-client-ts';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { RuntimeConfig } from '../config';
import { decodeAccessToken, type Viewer } from './viewer';

/**
 * OpenID Connect sign-in with oidc-client-ts: authorization code with PKCE against the realm's front-end client,
 * renewal with the refresh token a minute before the 5-minute access token expires, RP-initiated sign-out. The
 * same code runs against Keycloak 26 and the development identity provider.
 */
export function createUserManager(config: RuntimeConfig): UserManager {
  const origin = window.location.origin;
  return new UserManager({
    authority: config.oidcIssuer,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/signed-in`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: 60,
    // A tab's session ends with the tab; nothing stays on a shared office computer.
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

interface AuthState {
  userManager: UserManager;
  user: User | null;
  viewer: Viewer | null;
  signIn(returnTo?: string): Promise<void>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ userManager, children }: { userManager: UserManager; children: ReactNode }) {
  const [user, setUser] = useState<User | null | undefined>(undefined);
  useEffect(() => {
    let active = true;
    void userManager.getUser().then((loaded) => active && setUser(loaded && !loaded.expired ? loaded : null));
    const loaded = (next: User) => setUser(next);
    const unloaded = () => setUser(null);
    userManager.events.addUserLoaded(loaded);
    userManager.events.addUserUnloaded(unloaded);
    userManager.events.addAccessTokenExpired(unloaded);
    userManager.events.addSilentRenewError(unloaded);
    return () => {
      active = false;
      userManager.events.removeUserLoaded(loaded);
      userManager.events.removeUserUnloaded(unloaded);
      userManager.events.removeAccessTokenExpired(unloaded);
      userManager.events.removeSilentRenewError(unloaded);
    };
  }, [userManager]);
  if (user === undefined) return null;
  const state: AuthState = {
    userManager,
    user,
    viewer: user ? decodeAccessToken(user.access_token) : null,
    signIn: (returnTo) =>
      userManager.signinRedirect({ state: { returnTo: returnTo ?? window.location.pathname + window.location.search } }),
    signOut: async () => {
      await userManager.signoutRedirect({ id_token_hint: user?.id_token });
    },
  };
  return <AuthContext.Provider value={state}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error('useAuth outside AuthProvider');
  return state;
}

/** The signed-in viewer; only for screens under the signed-in layout. */
export function useViewer(): Viewer {
  const { viewer } = useAuth();
  if (!viewer) throw new Error('useViewer without a signed-in user');
  return viewer;
}
