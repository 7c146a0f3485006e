import { useSyncExternalStore } from "react";

const never = () => () => {};

/**
 * A value only the browser knows (e.g. the page's origin), or `serverValue` while the HTML is
 * rendered on the server and before hydration. Without JavaScript the server value stays.
 */
export function useBrowserValue<T>(read: () => T, serverValue: T): T {
  return useSyncExternalStore(never, read, () => serverValue);
}
