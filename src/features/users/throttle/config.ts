// Sign-in throttling limits. They have their own variables (not RATE_LIMIT_MULTIPLIER, which
// loosens the public forms for tests): an attacker must never get a looser sign-in limit by
// accident. The window doubles as the pause: a key stays refused until it has had fewer than
// the limit of failures within the last window.
function intFromEnv(name: string, fallback: number): number {
  const n = Number(process.env[name]);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export interface ThrottleLimits {
  windowMs: number;
  /** Failures of one account from one IP before that pair is refused. */
  maxPairFailures: number;
  /** Failures of one account from anywhere before each further attempt is slowed down. */
  maxAccountFailures: number;
  /** How long an attempt on an account over its limit waits before it is checked. */
  accountDelayMs: number;
  maxIpFailures: number;
}

export function throttleLimits(): ThrottleLimits {
  return {
    windowMs: intFromEnv("LOGIN_THROTTLE_WINDOW_MINUTES", 15) * 60_000,
    maxPairFailures: intFromEnv("LOGIN_MAX_FAILURES", 10),
    maxAccountFailures: intFromEnv("LOGIN_MAX_ACCOUNT_FAILURES", 20),
    accountDelayMs: intFromEnv("LOGIN_ACCOUNT_DELAY_MS", 2000),
    // Higher than the per-account limit: a police station or a training room shares one address.
    maxIpFailures: intFromEnv("LOGIN_MAX_FAILURES_PER_IP", 30),
  };
}
