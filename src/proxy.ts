import { NextResponse, type NextRequest } from "next/server";
import { DEFAULT_LOCALE, isLocale, negotiateLocale } from "@/i18n/settings";

// Only routing happens here: locale prefixes. Authorization is never decided in the proxy
// (every data function checks the viewer itself), so a request that skips it gains nothing.
export function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  const first = pathname.split("/")[1];
  if (isLocale(first)) {
    // The language switcher (a server component) needs the path to link to its translations.
    const headers = new Headers(request.headers);
    headers.set("x-pathname", pathname);
    return NextResponse.next({ request: { headers } });
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
