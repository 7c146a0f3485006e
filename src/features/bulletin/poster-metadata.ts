// The poster page's <head>: title, and the Open Graph / Twitter card tags that make a link shared
// on WhatsApp or Facebook preview the person. Built only from the bulletin's PublicCase, which holds
// nothing the family did not consent to publish (decisions 050, 051): a case off the bulletin gets
// no preview at all, a withheld name reads "Name not published", and there is an image only when
// a consented photo exists. Pure, so the rule is unit-tested without a page.
import type { Metadata } from "next";
import type { Locale } from "@/i18n/settings";
import { displayName } from "./components/case-facts";
import type { Translate } from "./components/translate";
import { formatLastSeen } from "./format";
import type { PublicCase } from "./public-case";

// Never indexed (051); the referrer lets the tip form post without JavaScript (see missing/page.tsx).
const PRIVATE: Metadata = { robots: { index: false }, referrer: "same-origin" };

/** The consented facts in one line ("30 years · El Alto, La Paz · Bolivia"), for the preview text. */
export function posterDescription(c: PublicCase, t: Translate, locale: Locale): string {
  const facts: string[] = [];
  if (c.age) {
    const key = c.age.approximate ? "bulletin:card.yearsApprox" : "bulletin:card.years";
    facts.push(t(key, { count: c.age.years }));
  }
  if (c.lastSeen) {
    const place = [c.lastSeen.city, c.lastSeen.region].filter(Boolean).join(", ");
    facts.push(
      `${t("bulletin:card.lastSeenPlace")} ${place}, ${formatLastSeen(c.lastSeen.at, c.countryCode, locale, c.lastSeen.timeKnown)}`,
    );
  }
  facts.push(t(`common:countries.${c.countryCode}`));
  return facts.join(" · ");
}

/**
 * Metadata of the poster at `url` (absolute); `base` is the portal's public origin, for the photo.
 * `c` is null when the case is not on the bulletin: then nothing about it goes out.
 */
export function posterMetadata(
  c: PublicCase | null,
  t: Translate,
  locale: Locale,
  url: string,
  base: string,
): Metadata {
  if (!c) return PRIVATE;
  const title = `${t("bulletin:poster.banner")}: ${displayName(c, t)}`;
  const description = posterDescription(c, t, locale);
  const photo = c.photos[0];
  const images = photo
    ? [
        {
          url: new URL(`/api/public-photos/${photo.id}/full`, base).toString(),
          width: photo.width,
          height: photo.height,
          alt: c.name
            ? t("bulletin:card.photoAlt", { name: displayName(c, t) })
            : t("bulletin:card.photoAltUnnamed"),
        },
      ]
    : undefined;
  return {
    ...PRIVATE,
    title,
    description,
    openGraph: {
      type: "website",
      siteName: t("common:appName"),
      url,
      title,
      description,
      ...(images ? { images } : {}),
    },
    twitter: {
      card: images ? "summary_large_image" : "summary",
      title,
      description,
      ...(images ? { images } : {}),
    },
  };
}
