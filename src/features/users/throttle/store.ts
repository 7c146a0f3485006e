// One small interface for the sign-in throttle, so the state can live in PostgreSQL (default)
// or in Redis (REDIS_URL), shared by every app process either way.

export interface AttemptKey {
  /** Normalised email as typed (known or not: unknown emails are throttled the same way). */
  email: string;
  ipHash: string;
  /** Id of this attempt's LoginAttempt row, already written. */
  attemptId: string;
  now: Date;
}

export interface FailureCounts {
  /** Failed attempts for this email in the window since its last success, this one included. */
  account: number;
  /** The same, from this IP only: the limit that refuses (an attacker elsewhere cannot lock it). */
  pair: number;
  /** Failed attempts from this IP in the window, this one included. */
  ip: number;
}

export interface ThrottleStore {
  /**
   * Counts this attempt as a failure (pessimistically, before the password is checked, so
   * parallel guesses cannot slip past the limit) and returns the counts including it.
   */
  countAttempt(key: AttemptKey, windowMs: number): Promise<FailureCounts>;
  /**
   * The password was right: the attempt stops counting, and the account's earlier failures are
   * forgiven. The IP's are not, or one valid account would reset an attacker's count.
   */
  recordSuccess(key: AttemptKey): Promise<void>;
}
