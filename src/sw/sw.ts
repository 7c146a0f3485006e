/// <reference lib="webworker" />
// The portal's service worker (decisions 147 and 163), built by scripts/build-sw.mjs into public/sw.js.
// It keeps only what a family needs to file a report without a connection: the public home,
// report and track pages (a copy the server marked as cookie-free, so no case data and no staff
// header), the static files they load, and one offline page per language; and the family's own
// claim status, marked as a saved copy (below). Everything else, and every other POST (server
// actions, uploads), goes to the network untouched.
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
  isTrackPage,
  OFFLINE_COPY_HEADER,
  OFFLINE_FALLBACK_PATHS,
  offlineFallbackPath,
  STALE_MARKER,
  STATUS_COPY_MAX_AGE_MS,
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

// The family's own status (the track page answered to their track cookie alone) is the one page
// with case data the worker keeps: one copy, of the last language used, replaced by every online
// view of the track page and deleted as soon as one shows the form instead (the family pressed
// "Check another claim", or the cookie expired), or after 7 days. Offline it is shown with its
// "saved copy" notice visible; online it is never used.
const STATUS_CACHE = "track-status";
const KEPT_AT = "x-kept-at";
/** Shows the page's hidden "saved copy" notice; CSS only, so hydration leaves it alone. */
const SHOW_STALE = `<style>[${STALE_MARKER}]{display:block!important}</style>`;

async function keepOrForgetStatus(path: string, response: Response) {
  if (!response.ok) return; // a failing server says nothing about the family's copy
  const cache = await caches.open(STATUS_CACHE);
  const html = response.headers.get(OFFLINE_COPY_HEADER) === "status" ? await response.text() : "";
  for (const old of await cache.keys()) await cache.delete(old);
  if (html.includes(STALE_MARKER))
    await cache.put(
      path,
      new Response(html, {
        headers: { "content-type": "text/html; charset=utf-8", [KEPT_AT]: String(Date.now()) },
      }),
    );
}

async function statusCopy(path: string): Promise<Response | undefined> {
  const cache = await caches.open(STATUS_CACHE);
  const kept = await cache.match(path);
  if (!kept) return undefined;
  if (Date.now() - Number(kept.headers.get(KEPT_AT)) > STATUS_COPY_MAX_AGE_MS) {
    await cache.delete(path);
    return undefined;
  }
  const html = (await kept.text()).replace("</head>", `${SHOW_STALE}</head>`);
  return new Response(html, { headers: { "content-type": "text/html; charset=utf-8" } });
}

const waitFor = (event: ExtendableEvent | undefined, work: Promise<unknown>) => {
  const quiet = work.catch(() => undefined); // storage refused: the page works as before
  try {
    event?.waitUntil(quiet);
  } catch {
    /* the event is over; the work still runs while the worker is awake */
  }
};

/** The track page: online answers keep or forget the status copy; offline it comes first. */
const statusCopies: SerwistPlugin = {
  fetchDidSucceed: ({ request, response, event }) => {
    waitFor(event, keepOrForgetStatus(new URL(request.url).pathname, response.clone()));
    return response;
  },
  cachedResponseWillBeUsed: async ({ request, cachedResponse }) =>
    (await statusCopy(new URL(request.url).pathname)) ?? cachedResponse,
};

/**
 * With JavaScript the track page's forms are server actions: their answer is an RSC payload,
 * never the page's HTML. After one, the page is asked again in the background (with the
 * cookie the action just set) so the copy follows the status the family sees.
 */
async function trackAction({ request, event }: { request: Request; event: ExtendableEvent }) {
  const response = await fetch(request);
  const path = new URL(request.url).pathname;
  waitFor(
    event,
    fetch(path, { credentials: "same-origin", headers: { accept: "text/html" } }).then((r) =>
      keepOrForgetStatus(path, r),
    ),
  );
  return response;
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: (o) =>
        o.request.method === "GET" && sameOrigin(o.url) && isTrackPage(o.url.pathname) && !isRsc(o),
      handler: new NetworkFirst({
        cacheName: "pages",
        networkTimeoutSeconds: 10,
        plugins: [onlyMarkedCopies, statusCopies],
      }),
    },
    {
      matcher: ({ request, url }) =>
        sameOrigin(url) && isTrackPage(url.pathname) && request.mode !== "navigate",
      method: "POST",
      handler: trackAction,
    },
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
