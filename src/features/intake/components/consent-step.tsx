import { useEffect, useState, type ComponentProps } from "react";
import { Alert } from "@/components/ui/alert";
import { useT } from "@/i18n/client";
import { CROSS_BORDER_CONSENTS } from "@/lib/case-options";
import { CheckboxField, RadioGroup } from "./form-fields";
import type { ReviewSummary } from "./review-summary";

type ReviewPart = typeof ReviewSummary;

// The review (and the findability hints it computes) is not part of the report page's first
// visit (decision 100's budget): it is fetched with the schema on the first focus in the form
// (claim-form.tsx), so it is here, and kept by the service worker, long before the last step.
// Should it still be missing (opened offline without it), the step says so and sends as usual.
let review: ReviewPart | null = null;
const loadReview = () => import("./review-summary").then((m) => (review = m.ReviewSummary));
export const preloadReview = () => void loadReview().catch(() => undefined);

export function ConsentStep(props: ComponentProps<ReviewPart>) {
  const t = useT(["intake"]);
  const [Review, setReview] = useState<ReviewPart | "failed" | null>(() => review);
  useEffect(() => {
    if (!review)
      loadReview().then(
        (r) => setReview(() => r),
        () => setReview("failed"),
      );
  }, []);
  return (
    <>
      <ConsentFields />
      {Review === "failed" ? <Alert>{t("review.unavailable")}</Alert> : null}
      {Review && Review !== "failed" ? <Review {...props} /> : null}
    </>
  );
}

/** What may be published, and the guardian's word (also part of the form without JavaScript). */
export function ConsentFields() {
  const t = useT(["intake"]);
  const c = (k: string) => `consent.${k}`;
  return (
    <>
      <p>{t("consent.intro")}</p>
      <fieldset>
        <legend>{t("consent.legend")}</legend>
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishPhoto")}
          label={t("consent.publishPhoto")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishName")}
          label={t("consent.publishName")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishAge")}
          label={t("consent.publishAge")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishLastSeen")}
          label={t("consent.publishLastSeen")}
        />
        <CheckboxField
          related={[c("guardianConfirmed")]}
          name={c("publishDescription")}
          label={t("consent.publishDescription")}
        />
      </fieldset>
      <CheckboxField
        name={c("guardianConfirmed")}
        label={t("consent.guardianConfirmed")}
        hint="intake:consent.guardianHint"
      />
      <RadioGroup
        name={c("crossBorder")}
        label={t("consent.crossBorder.legend")}
        hint="intake:consent.crossBorder.hint"
        options={CROSS_BORDER_CONSENTS.map((v) => ({
          value: v,
          label: t(`consent.crossBorder.${v}`),
          hint: t(`consent.crossBorder.${v}Hint`),
        }))}
      />
    </>
  );
}
