import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale, negotiateLocale } from "@/i18n/settings";
import { isOfflinePage, isTrackPage, OFFLINE_COPY_HEADER, TRACK_COOKIE } from "@/lib/offline-pages";

const onlyTrackCookie = (request: NextRequest) => {
  const names = request.cookies.getAll().map((c) => c.name);
  return names.length > 0 && names.every((n) => n === TRACK_COOKIE);
};

// Only routing happens here: locale prefixes. Authorization is never decided in the proxy
// (every data function checks the viewer itself), so a request that skips it gains nothing.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  // The signed-link matchers below also match /api/unsubscribe/{token} (as locale "api"): an API
  // route is never given a locale, or the one-click and form POSTs would be redirected to a 404.
  if (first === "api") return NextResponse.next();
  if (isLocale(first)) {
    // The language switcher (a server component) needs the path to link to its translations.
    const headers = new Headers(request.headers);
    headers.set("x-pathname", pathname);
    const response = NextResponse.next({ request: { headers } });
    // A public page answered to a request without cookies holds nothing of the visitor's: the
    // service worker may keep it for offline use, and keeps nothing else (decision 147).
    if (isOfflinePage(pathname) && !request.headers.has("cookie"))
      response.headers.set(OFFLINE_COPY_HEADER, "1");
    // The track page asked with the family's track cookie and nothing else (no staff session):
    // the worker may keep the family's own status to read offline, as a saved copy (decision 163).
    else if (isTrackPage(pathname) && onlyTrackCookie(request))
      response.headers.set(OFFLINE_COPY_HEADER, "status");
    return response;
  }
  const locale = pathname === "/" ? negotiateLocale(request.headers.get("accept-language")) : DEFAULT_LOCALE;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  return NextResponse.redirect(url);
}

export const config = {
  // Not for API routes, Next internals or files with an extension; but for the signed links of
  // family messages, whose tokens contain dots (their pages need x-pathname too).
  matcher: ["/((?!api|_next|.*\\..*).*)", "/:locale/check-in/:token", "/:locale/unsubscribe/:token"],
};
