import type { TFunction } from "i18next";
import Link from "next/link";
import type { Locale } from "@/i18n/settings";
import type { CaseDetail, LinkedCase } from "../data";
import { formatCalendarDate, formatDateTime } from "@/lib/dates";
import styles from "./cases.module.css";
import { ReleasePhotoForm } from "./release-photo-form";

type Props = { c: CaseDetail; t: TFunction; locale: Locale };

function Row(props: { label: string; value: React.ReactNode }) {
  if (props.value === null || props.value === undefined || props.value === "") return null;
  return (
    <>
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
    </>
  );
}

/** Who the person is and where they were last seen. */
export function PersonDetails({ c, t, locale }: Props) {
  const yesNo = (b: boolean) => t(b ? "common:yes" : "common:no");
  return (
    <section aria-labelledby="person-title" className={styles.section}>
      <h2 id="person-title">{t("cases:detail.person")}</h2>
      <dl className={`details ${styles.details}`}>
        <Row label={t("cases:detail.givenNames")} value={c.givenNames} />
        <Row label={t("cases:detail.familyNames")} value={c.familyNames} />
        <Row label={t("cases:detail.otherNames")} value={c.otherNames} />
        <Row label={t("cases:detail.sex")} value={t(`common:sex.${c.sex}`)} />
        <Row
          label={t("cases:detail.dateOfBirth")}
          value={c.dateOfBirth ? formatCalendarDate(c.dateOfBirth, locale) : null}
        />
        <Row label={t("cases:detail.approxAge")} value={c.approxAge} />
        <Row
          label={t("cases:detail.nationality")}
          value={
            c.nationality ? t(`common:countries.${c.nationality}`, { defaultValue: c.nationality }) : null
          }
        />
        <Row
          label={t("cases:detail.languages")}
          value={c.languages.map((l) => t(`intake:languages.${l}`, { defaultValue: l })).join(", ")}
        />
        <Row label={t("cases:detail.identityDocument")} value={c.identityDocument} />
        <Row label={t("cases:detail.height")} value={c.heightCm ? `${c.heightCm} cm` : null} />
        <Row label={t("cases:detail.build")} value={c.build} />
        <Row label={t("cases:detail.hair")} value={c.hair} />
        <Row label={t("cases:detail.eyes")} value={c.eyeColour} />
        <Row label={t("cases:detail.marks")} value={c.distinguishingMarks} />
        <Row label={t("cases:detail.clothing")} value={c.clothing} />
        <Row label={t("cases:detail.medical")} value={c.medicalNeeds} />
      </dl>
      <h2>{t("cases:detail.lastSeen")}</h2>
      <dl className={`details ${styles.details}`}>
        <Row
          label={t("cases:detail.place")}
          value={[c.lastSeenCity, c.region?.name].filter(Boolean).join(", ")}
        />
        <Row label={t("cases:detail.country")} value={t(`common:countries.${c.countryCode}`)} />
        <Row label={t("cases:detail.when")} value={formatDateTime(c.lastSeenAt, locale, c.countryCode)} />
        <Row label={t("cases:detail.timeKnown")} value={yesNo(c.lastSeenTimeKnown)} />
      </dl>
      <h3>{t("cases:detail.circumstances")}</h3>
      <p className={styles.body}>{c.circumstances}</p>
      {c.photos.length ? (
        <>
          <h3>{t("cases:detail.photos")}</h3>
          <Photos
            photos={c.photos}
            t={t}
            release={(c.writable as string[]).includes("case:approvePublication") ? c.caseNumber : undefined}
          />
        </>
      ) : null}
    </section>
  );
}

/** Reporter, consent and trafficking indicators. */
export function ReportDetails({ c, t, locale }: Props) {
  const yesNo = (b: boolean) => t(b ? "common:yes" : "common:no");
  return (
    <section aria-labelledby="report-title" className={styles.section}>
      <h2 id="report-title">{t("cases:detail.report")}</h2>
      <dl className={`details ${styles.details}`}>
        <Row label={t("cases:detail.filed")} value={formatDateTime(c.createdAt, locale, c.countryCode)} />
        <Row
          label={t("cases:detail.relationship")}
          value={t(`cases:relationship.${c.reporterRelationship}`, { defaultValue: c.reporterRelationship })}
        />
        {c.reporter ? (
          <>
            <Row label={t("cases:detail.reporterName")} value={c.reporter.name} />
            <Row
              label={t("cases:detail.reporterPhone")}
              value={c.reporter.phone ? <a href={`tel:${c.reporter.phone}`}>{c.reporter.phone}</a> : null}
            />
            <Row label={t("cases:detail.reporterEmail")} value={c.reporter.email} />
          </>
        ) : null}
        <Row label={t("cases:detail.reporterLanguage")} value={c.reporterLocale} />
        <Row
          label={t("cases:detail.assignedTo")}
          value={
            [c.assignedUser?.name, c.assignedOrg?.name].filter(Boolean).join(" · ") ||
            t("cases:assign.nobody")
          }
        />
      </dl>
      <h3>{t("cases:detail.consent")}</h3>
      <dl className={`details ${styles.details}`}>
        <Row label={t("cases:consent.photo")} value={yesNo(c.consentPublishPhoto)} />
        <Row label={t("cases:consent.name")} value={yesNo(c.consentPublishName)} />
        <Row label={t("cases:consent.age")} value={yesNo(c.consentPublishAge)} />
        <Row label={t("cases:consent.lastSeen")} value={yesNo(c.consentPublishLastSeen)} />
        <Row label={t("cases:consent.description")} value={yesNo(c.consentPublishDescription)} />
        <Row label={t("cases:consent.guardian")} value={yesNo(c.guardianConfirmed)} />
        <Row
          label={t("cases:consent.withdrawn")}
          value={c.consentWithdrawnAt ? formatDateTime(c.consentWithdrawnAt, locale, c.countryCode) : null}
        />
        <Row
          label={t("cases:publication.label")}
          value={
            c.publicationApprovedAt
              ? t("cases:publication.approvedBy", {
                  date: formatDateTime(c.publicationApprovedAt, locale, c.countryCode),
                  name: c.publicationApprovedByName ?? "—",
                })
              : t("cases:publication.notApproved")
          }
        />
      </dl>
      <h3>{t("cases:trafficking.title")}</h3>
      <p>
        {c.traffickingFlag ? (
          <strong>{t("cases:trafficking.flagged")}</strong>
        ) : (
          t("cases:trafficking.notFlagged")
        )}
      </p>
      {c.riskIndicators.length ? (
        <ul>
          {c.riskIndicators.map((r) => (
            <li key={r}>{t(`cases:indicators.${r}`, { defaultValue: r })}</li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}

function CaseLinks(props: { items: LinkedCase[]; locale: Locale; t: TFunction }) {
  return (
    <ul>
      {props.items.map((l) => (
        <li key={l.caseNumber}>
          <Link href={`/${props.locale}/cases/${l.caseNumber}`}>{l.caseNumber}</Link> — {l.givenNames}{" "}
          {l.familyNames} ({props.t(`common:countries.${l.countryCode}`)})
        </li>
      ))}
    </ul>
  );
}

/**
 * Photos of the case or of a claim merged into it (staff-only photo route). A family photo held
 * for review says so, with the button to release it for whoever may approve publication (the
 * data function checks again).
 */
function Photos(props: {
  photos: { id: string; heldForReviewAt?: Date | null }[];
  t: TFunction;
  of?: string;
  /** The case number, when the viewer may release held photos. */
  release?: string;
}) {
  return (
    <ul className={styles.photos}>
      {props.photos.map((p, i) => (
        <li key={p.id}>
          <a href={`/api/photos/${p.id}?size=full`}>
            {/* eslint-disable-next-line @next/next/no-img-element -- staff-only photo route */}
            <img
              src={`/api/photos/${p.id}`}
              alt={
                props.of
                  ? props.t("cases:duplicates.photoAlt", { n: i + 1, caseNumber: props.of })
                  : props.t("cases:detail.photoAlt", { n: i + 1 })
              }
            />
          </a>
          {p.heldForReviewAt ? (
            <div className={styles.photoHeld}>
              <p>{props.t("cases:photoReview.held")}</p>
              {props.release ? <ReleasePhotoForm caseNumber={props.release} photoId={p.id} /> : null}
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}

/** The claims merged into this one, each with its own reporter and photos (decision 091). */
export function DuplicateLinks({ c, t, locale }: Props) {
  if (!c.duplicateOf && !c.duplicates.length) return null;
  return (
    <section aria-labelledby="dups-title" className={styles.section}>
      <h2 id="dups-title">{t("cases:duplicates.title")}</h2>
      {c.duplicateOf ? (
        <>
          <h3>{t("cases:duplicates.duplicateOf")}</h3>
          <CaseLinks items={[c.duplicateOf]} locale={locale} t={t} />
        </>
      ) : null}
      {c.duplicates.length ? <h3>{t("cases:duplicates.markedDuplicates")}</h3> : null}
      {c.duplicates.map((d) => (
        <div key={d.caseNumber}>
          <CaseLinks items={[d]} locale={locale} t={t} />
          {d.reporter ? (
            <p>
              {t("cases:duplicates.reporter", {
                name: d.reporter.name,
                relationship: t(`cases:relationship.${d.reporter.relationship}`, {
                  defaultValue: d.reporter.relationship,
                }),
              })}
              {[d.reporter.phone, d.reporter.email].filter(Boolean).map((v) => ` · ${v}`)}
            </p>
          ) : null}
          {d.photos.length ? <Photos photos={d.photos} t={t} of={d.caseNumber} /> : null}
        </div>
      ))}
    </section>
  );
}
