import type { TFunction } from "i18next";
import Link from "next/link";
import { formatDate, formatDateRange } from "../format";
import type { SessionDetail } from "../session-data";

export function SessionDetails({ s, locale, t }: { s: SessionDetail; locale: string; t: TFunction }) {
  return (
    <dl className="details">
      <dt>{t("training:session.kind")}</dt>
      <dd>{t(`training:kinds.${s.kind}`)}</dd>
      <dt>{t("training:session.dates")}</dt>
      <dd>{formatDateRange(locale, s.startDate, s.endDate)}</dd>
      <dt>{t("training:session.place")}</dt>
      <dd>
        {s.venue} · {s.region ? `${s.region.name}, ` : ""}
        {t(`common:countries.${s.countryCode}`)}
      </dd>
      <dt>{t("training:session.trainers")}</dt>
      <dd>{s.trainers.map((u) => u.name).join(", ") || "—"}</dd>
      {s.partnerOrgs.length ? (
        <>
          <dt>{t("training:session.partnerOrgs")}</dt>
          <dd>{s.partnerOrgs.join(", ")}</dd>
        </>
      ) : null}
      <dt>{t("training:session.parent")}</dt>
      <dd>
        {s.parentSession ? (
          <Link href={`/${locale}/training/sessions/${s.parentSession.id}`}>{s.parentSession.title}</Link>
        ) : (
          t("training:session.noParentShort")
        )}
      </dd>
      {s.childSessions.length ? (
        <>
          <dt>{t("training:session.children")}</dt>
          <dd>
            <ul>
              {s.childSessions.map((c) => (
                <li key={c.id}>
                  <Link href={`/${locale}/training/sessions/${c.id}`}>{c.title}</Link> (
                  {formatDate(locale, c.startDate)})
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      {s.materialLinks.length ? (
        <>
          <dt>{t("training:session.materials")}</dt>
          <dd>
            <ul>
              {s.materialLinks.map((href) => (
                <li key={href}>
                  <a href={href} rel="noopener noreferrer nofollow">
                    {href}
                  </a>
                </li>
              ))}
            </ul>
          </dd>
        </>
      ) : null}
      <dt>{t("training:session.capacity")}</dt>
      <dd>
        {s.capacity
          ? t("training:session.capacityUsed", { count: s.attendees.length, capacity: s.capacity })
          : t("training:session.noCapacity", { count: s.attendees.length })}
      </dd>
      <dt>{t("training:session.createdBy")}</dt>
      <dd>{s.createdBy.name}</dd>
    </dl>
  );
}
