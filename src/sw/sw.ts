/// <reference lib="webworker" />
// The portal's service worker (decision 147), built by scripts/build-sw.mjs into public/sw.js.
// It keeps only what a family needs to file a report without a connection: the public home,
// report and track pages (a copy the server marked as cookie-free, so no case data and no staff
// header), the static files they load, and one offline page per language. Everything else, and
// every POST (server actions, uploads), goes to the network untouched.
import {
  CacheFirst,
  ExpirationPlugin,
  NetworkFirst,
  NetworkOnly,
  Serwist,
  StaleWhileRevalidate,
  type PrecacheEntry,
  type RouteMatchCallbackOptions,
  type SerwistPlugin,
} from "serwist";
import {
  isOfflinePage,
  OFFLINE_COPY_HEADER,
  OFFLINE_FALLBACK_PATHS,
  offlineFallbackPath,
} from "@/lib/offline-pages";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] };

const sameOrigin = (url: URL) => url.origin === self.location.origin;
/** Next's client-side navigations fetch the page's RSC payload, never kept (Next falls back to a full load). */
const isRsc = ({ request, url }: RouteMatchCallbackOptions) =>
  request.headers.has("RSC") || url.searchParams.has("_rsc");

/** Only a copy the proxy marked (a public page answered without cookies) is kept. */
const onlyMarkedCopies: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.ok && response.headers.get(OFFLINE_COPY_HEADER) === "1" ? response : null,
};

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: (o) =>
        o.request.method === "GET" && sameOrigin(o.url) && isOfflinePage(o.url.pathname) && !isRsc(o),
      // The network first: a family online always sees today's page; the copy only without one.
      handler: new NetworkFirst({
        cacheName: "pages",
        networkTimeoutSeconds: 10,
        plugins: [onlyMarkedCopies],
      }),
    },
    {
      // Content-hashed build files never change under a name.
      matcher: ({ url }) => sameOrigin(url) && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({
        cacheName: "static",
        plugins: [new ExpirationPlugin({ maxEntries: 120, maxAgeSeconds: 30 * 24 * 3600 })],
      }),
    },
    {
      matcher: ({ url }) =>
        sameOrigin(url) &&
        (url.pathname.startsWith("/icons/") ||
          url.pathname === "/icon.svg" ||
          url.pathname.endsWith(".webmanifest")),
      handler: new StaleWhileRevalidate({ cacheName: "icons" }),
    },
    // Any other page: the network, or the language's offline page (fallbacks below).
    { matcher: ({ request }) => request.mode === "navigate", handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: OFFLINE_FALLBACK_PATHS.map((url) => ({
      url,
      matcher: ({ request }) =>
        request.mode === "navigate" && offlineFallbackPath(new URL(request.url).pathname) === url,
    })),
  },
});

serwist.addEventListeners();
