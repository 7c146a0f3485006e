// The one claim schema: react-hook-form validates with it in the browser, the server action and
// the partner API parse with it again. Messages are i18n keys ("validation:required").
// No server imports here: this file is part of the form's client bundle.
import { z } from "zod";
import { smsNumber } from "@/lib/sms-number";
import {
  choice,
  choices,
  flag,
  optionalChoice,
  optionalEmail,
  optionalInt,
  optionalLongText,
  optionalPastDate,
  optionalPhone,
  optionalText,
  optionalTime,
  requiredLongText,
  requiredPastDate,
  requiredText,
} from "@/lib/forms/fields";
import {
  CLAIM_COUNTRIES,
  MAX_PHOTOS,
  NATIONALITIES,
  PREFERRED_LOCALES,
  REGION_CODE_PATTERN,
  RELATIONSHIPS,
  RISK_INDICATORS,
  SEXES,
  SPOKEN_LANGUAGES,
  CROSS_BORDER_CONSENTS,
} from "@/lib/case-options";

/** Refinements that run even when sibling fields failed need at least an object to look at. */
const isObjectPayload = (payload: { value: unknown }) =>
  typeof payload.value === "object" && payload.value !== null;

export const PersonInput = z
  .object(
    {
      givenNames: requiredText(100),
      familyNames: requiredText(100),
      otherNames: optionalText(200),
      sex: choice(SEXES),
      dateOfBirth: optionalPastDate(),
      approxAge: optionalInt(0, 120),
      nationality: optionalChoice(NATIONALITIES),
      languages: choices(SPOKEN_LANGUAGES),
      identityDocument: optionalText(40),
      heightCm: optionalInt(30, 250),
      build: optionalText(100),
      hair: optionalText(100),
      eyeColour: optionalText(60),
      distinguishingMarks: optionalLongText(1000),
      clothing: optionalLongText(1000),
      medicalNeeds: optionalLongText(1000),
    },
    { error: "validation:required" },
  )
  // `when`: say so even while other fields of the step are still wrong, so all show at once.
  .refine((p) => p.dateOfBirth !== undefined || p.approxAge !== undefined, {
    path: ["approxAge"],
    message: "intake:errors.dobOrAge",
    when: isObjectPayload,
  });

export const LastSeenInput = z
  .object(
    {
      country: choice(CLAIM_COUNTRIES),
      region: optionalText(8).pipe(
        z.string().regex(REGION_CODE_PATTERN, { error: "validation:invalidChoice" }).optional(),
      ),
      city: requiredText(120),
      date: requiredPastDate(),
      time: optionalTime(),
      circumstances: requiredLongText(4000),
      riskIndicators: choices(RISK_INDICATORS),
    },
    { error: "validation:required" },
  )
  .superRefine((l, ctx) => {
    if (l.region && l.country && !l.region.startsWith(`${l.country}-`))
      ctx.addIssue({ code: "custom", path: ["region"], message: "validation:invalidChoice" });
  });

/** Who reports, and how to reach them. */
const ReporterFields = z.object(
  {
    name: requiredText(120),
    relationship: choice(RELATIONSHIPS),
    phone: optionalPhone(),
    email: optionalEmail(),
    preferredLocale: choice(PREFERRED_LOCALES),
    // "Email me when there is news" (decision 081); only meaningful with an email address.
    emailUpdates: flag(),
    // "Text me when there is news" (decision 153); needs the phone in international form.
    smsUpdates: flag(),
  },
  { error: "validation:required" },
);

export const ReporterInput = ReporterFields.refine((r) => r.phone !== undefined || r.email !== undefined, {
  path: ["phone"],
  message: "intake:errors.contactRequired",
  when: isObjectPayload,
})
  .refine((r) => !r.emailUpdates || r.email !== undefined, {
    path: ["email"],
    message: "notifications:optIn.needsEmail",
    when: isObjectPayload,
  })
  .refine((r) => !r.smsUpdates || smsNumber(r.phone) !== null, {
    path: ["phone"],
    message: "notifications:optIn.needsPhone",
    when: isObjectPayload,
  });

export const ConsentInput = z.object(
  {
    publishPhoto: flag(),
    publishName: flag(),
    publishAge: flag(),
    publishLastSeen: flag(),
    // Height, build, hair, eyes and clothing on the public poster and page (not the marks).
    publishDescription: flag(),
    guardianConfirmed: flag(),
    // Who beyond the owning country's police and NGOs may see the claim; the network by default
    // (a partner's record without the field keeps it).
    crossBorder: z.preprocess(
      (v) => (v === undefined || v === null || v === "" ? "NETWORK" : v),
      z.enum(CROSS_BORDER_CONSENTS, { error: "validation:invalidChoice" }),
    ),
  },
  { error: "validation:required" },
);

/** Age in whole years on `onDate` (both YYYY-MM-DD). */
export function ageOn(dateOfBirth: string, onDate: string): number {
  const [by, bm, bd] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const [y, m, d] = onDate.split("-").map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

/** The person's age when last seen, from the date of birth if given, else the approximate age. */
export function ageWhenLastSeen(person: { dateOfBirth?: string; approxAge?: number }, lastSeenDate?: string) {
  if (person.dateOfBirth && lastSeenDate) return ageOn(person.dateOfBirth, lastSeenDate);
  return person.approxAge;
}

const claimOf = <R extends z.ZodType>(reporter: R) =>
  z
    .object(
      {
        submissionId: z.uuid({ error: "validation:invalidId" }),
        person: PersonInput,
        lastSeen: LastSeenInput,
        reporter,
        consent: ConsentInput,
      },
      { error: "validation:invalid" },
    )
    .superRefine((c, ctx) => {
      const { person, lastSeen, consent } = c;
      if (person.dateOfBirth && lastSeen.date && lastSeen.date < person.dateOfBirth)
        ctx.addIssue({
          code: "custom",
          path: ["lastSeen", "date"],
          message: "intake:errors.seenBeforeBirth",
        });
      const publishes =
        consent.publishPhoto ||
        consent.publishName ||
        consent.publishAge ||
        consent.publishLastSeen ||
        consent.publishDescription;
      const age = ageWhenLastSeen(person, lastSeen.date);
      // A minor's details are public only when a parent or guardian says so.
      if (publishes && (age === undefined || age < 18) && !consent.guardianConfirmed)
        ctx.addIssue({
          code: "custom",
          path: ["consent", "guardianConfirmed"],
          message: "intake:errors.guardianRequired",
        });
    });

export const ClaimInput = claimOf(ReporterInput);

/**
 * A partner's record (PFIF import): the same rules, except that the reporter may be reachable
 * only through the partner that sent it (its source), so a phone or email is not required.
 */
export const PartnerClaimInput = claimOf(ReporterFields);

/** What the server works with (after trimming and coercion). */
export type ClaimInput = z.infer<typeof ClaimInput>;

export { CLAIM_STEPS, type ClaimStep } from "./steps";

/** The /track form: what the reporter received when filing. */
export const TrackInput = z.object(
  { caseNumber: requiredText(40), trackingCode: requiredText(40) },
  { error: "validation:invalid" },
);
export type TrackInput = z.infer<typeof TrackInput>;

/** The track page's cross-border choice (decision 154): one of the three levels, nothing else. */
export const CrossBorderChoice = z.object({
  crossBorder: z.enum(CROSS_BORDER_CONSENTS, { error: "validation:invalidChoice" }),
});
export type CrossBorderChoice = z.infer<typeof CrossBorderChoice>;

/** One photo of a claim already filed (POST /api/report-photos): which claim, which place. */
export const ClaimPhotoInput = z.object(
  {
    submissionId: z.uuid({ error: "validation:invalidId" }),
    position: z.coerce
      .number({ error: "validation:invalid" })
      .int({ error: "validation:invalid" })
      .min(0, { error: "validation:invalid" })
      .max(MAX_PHOTOS - 1, { error: "intake:errors.tooManyPhotos" }),
  },
  { error: "validation:invalid" },
);
export type ClaimPhotoInput = z.infer<typeof ClaimPhotoInput>;
