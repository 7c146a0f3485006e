import { useT } from "@/i18n/client";
import { findabilityHints } from "@/lib/matching/findability";
import type { ClaimFormValues } from "./form-values";

/**
 * Before sending: what would make the person easier to recognise if found elsewhere, from the
 * same computation the track page uses (decision 091). Never a score; always what to add.
 */
export function ReviewFindability(props: { person: ClaimFormValues["person"]; photoCount: number }) {
  const t = useT(["intake", "matches"]);
  const p = props.person;
  const hints = findabilityHints({
    hasPhoto: props.photoCount > 0,
    distinguishingMarks: p.distinguishingMarks,
    dateOfBirth: p.dateOfBirth.trim() || null,
    approxAge: p.approxAge.trim() ? Number(p.approxAge) : null,
    heightCm: p.heightCm.trim() ? Number(p.heightCm) : null,
    languages: p.languages ?? [],
    clothing: p.clothing,
    eyeColour: p.eyeColour,
    hair: p.hair,
    build: p.build,
    nationality: p.nationality,
  });
  if (!hints.length) return null;
  return (
    <section aria-labelledby="review-findability">
      <h4 id="review-findability">{t("matches:findability.title")}</h4>
      <p>{t("intake:review.findabilityIntro")}</p>
      <ul>
        {hints.map((h) => (
          <li key={h}>{t(`matches:findability.hints.${h}`)}</li>
        ))}
      </ul>
    </section>
  );
}
