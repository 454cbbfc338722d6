import type { SessionResponse, User } from '@hormohelp/contracts';
import { createContext } from 'react';

export type AuthStatus = 'loading' | 'authenticated' | 'anonymous';

export interface AuthContextValue {
  user: User | null;
  status: AuthStatus;
  /** True after the person logged out on purpose: protected pages then go home, not to /login. */
  hasLoggedOut: boolean;
  login(email: string, password: string): Promise<User>;
  logout(): Promise<void>;
  setUser(user: User): void;
  refreshUser(): Promise<void>;
  /** Starts a session the auth service issued elsewhere (verify-email answers with one). */
  startSession(session: SessionResponse): User;
}

export const AuthContext = createContext<AuthContextValue | null>(null);
