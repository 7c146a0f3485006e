import { env } from "@/server/env";
// Sign-in throttling limits. They have their own variables (not RATE_LIMIT_MULTIPLIER, which
// loosens the public forms for tests): an attacker must never get a looser sign-in limit by
// accident. The window doubles as the pause: a key stays refused until it has had fewer than
// the limit of failures within the last window.
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
  const e = env();
  return {
    windowMs: e.LOGIN_THROTTLE_WINDOW_MINUTES * 60_000,
    maxPairFailures: e.LOGIN_MAX_FAILURES,
    maxAccountFailures: e.LOGIN_MAX_ACCOUNT_FAILURES,
    accountDelayMs: e.LOGIN_ACCOUNT_DELAY_MS,
    // Higher than the per-account limit (in env.ts): a police station or a training room shares one address.
    maxIpFailures: e.LOGIN_MAX_FAILURES_PER_IP,
  };
}
