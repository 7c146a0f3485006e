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
  maxAccountFailures: number;
  maxIpFailures: number;
}

export function throttleLimits(): ThrottleLimits {
  return {
    windowMs: intFromEnv("LOGIN_THROTTLE_WINDOW_MINUTES", 15) * 60_000,
    maxAccountFailures: intFromEnv("LOGIN_MAX_FAILURES", 10),
    // Higher than the per-account limit: a police station or a training room shares one address.
    maxIpFailures: intFromEnv("LOGIN_MAX_FAILURES_PER_IP", 30),
  };
}
