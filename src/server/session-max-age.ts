/** Eight hours: one shift. getViewer() still re-checks the account on every request. */
export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60;
