import type { TFunction } from "i18next";
import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import { findabilityHints, type FindabilityInput } from "@/lib/matching/findability";
import type { CaseProposals } from "../data";

/**
 * On the case page: the proposals staff may see for this case, and what would make the person
 * easier to match (the same hints the family sees; never a score).
 */
export function CaseMatching(props: {
  c: Omit<FindabilityInput, "hasPhoto"> & { photos: readonly unknown[]; status: string };
  proposals: CaseProposals;
  t: TFunction;
  locale: Locale;
}) {
  const { c, t, locale, proposals } = props;
  const open = ["REPORTED", "VERIFIED", "ACTIVE"].includes(c.status);
  const hints = open ? findabilityHints({ ...c, hasPhoto: c.photos.length > 0 }) : [];
  if (!proposals.length && !hints.length) return null;
  return (
    <section aria-labelledby="case-matching" className="stack no-print">
      <h2 id="case-matching">{t("matches:title")}</h2>
      {proposals.length ? (
        <ul>
          {proposals.map((p) => (
            <li key={p.id}>
              <Link href={`/${locale}/matches/${p.id}`}>
                {t(`matches:kinds.${p.kind}`)}: {p.other}
              </Link>{" "}
              · {t(`matches:statuses.${p.status}`)} ·{" "}
              {t("matches:percent", { value: Math.round(p.score * 100) })}
            </li>
          ))}
        </ul>
      ) : null}
      {hints.length ? (
        <>
          <h3>{t("matches:findability.staffTitle")}</h3>
          <ul>
            {hints.map((h) => (
              <li key={h}>{t(`matches:findability.hints.${h}`)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
