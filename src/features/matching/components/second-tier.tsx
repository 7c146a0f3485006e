import type { TFunction } from "i18next";
import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import type { SecondTier } from "../data";

/**
 * On a found record's page (and a claim's): the engine's best pairs that did not stand out
 * enough for the review queue (decision 169). Each opens the same comparison page, where police
 * may propose it for review. Nothing is shown when there are none (or the viewer may see none).
 */
export function SecondTierList(props: {
  rows: SecondTier;
  t: TFunction;
  locale: Locale;
  side: "found" | "claim";
}) {
  const { rows, t, locale, side } = props;
  if (!rows.length) return null;
  const id = `second-tier-${side}`;
  return (
    <section aria-labelledby={id} className="stack no-print" data-testid="second-tier">
      <h2 id={id}>{t("matches:secondTier.title")}</h2>
      <p className="hint">{t(`matches:secondTier.help.${side}`)}</p>
      <ul>
        {rows.map((r) => (
          <li key={r.id}>
            <Link href={`/${locale}/matches/${r.id}`}>
              {t("matches:secondTier.compare", { other: r.other })}
            </Link>{" "}
            · {t("matches:percent", { value: Math.round(r.score * 100) })}
          </li>
        ))}
      </ul>
    </section>
  );
}
