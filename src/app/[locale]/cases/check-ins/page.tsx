import type { Metadata } from "next";
import Link from "next/link";
import { ScrollTable } from "@/components/ui/scroll-table";
import { listPendingCheckIns, PENDING_PAGE_SIZE, type PendingCheckIn } from "@/features/check-ins/data";
import { PENDING_STATES, PendingFilter } from "@/features/check-ins/schemas";
import { formatDate } from "@/i18n/intl";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import type { Locale } from "@/i18n/settings";
import { requirePageViewer } from "@/server/page-guard";
import type { TFunction } from "i18next";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["checkins"]);
  return { title: t("checkins:staff.title"), robots: { index: false } };
}

function Row({ r, locale, t }: { r: PendingCheckIn; locale: Locale; t: TFunction }) {
  return (
    <tr>
      <td>
        <Link href={`/${locale}/cases/${r.caseNumber}`}>{r.caseNumber}</Link>
        <br />
        {r.name}
      </td>
      <td>
        <strong>{t(`checkins:staff.states.${r.state}`)}</strong>
        <br />
        {t("checkins:staff.number", { number: r.number })}
      </td>
      <td>{formatDate(r.since, locale, { country: r.countryCode })}</td>
      <td>
        {r.channels.length
          ? r.channels.map((c) => t(`checkins:staff.channels.${c}`)).join(", ")
          : t("checkins:staff.channels.none")}
      </td>
      <td>{r.assignedToViewer ? t("checkins:staff.yours") : ""}</td>
    </tr>
  );
}

/**
 * Families due or overdue for a "Still missing?" in the officer's cases (decision 149). Filters
 * are GET parameters without personal data; the rows come through the data layer's scope.
 */
export default async function PendingCheckInsPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/cases/check-ins", "case:updateStatus");
  const filter = PendingFilter.parse(await props.searchParams);
  const [t, { rows, hasMore }] = await Promise.all([
    getT(locale, ["checkins", "common"]),
    listPendingCheckIns(viewer, filter),
  ]);
  const pageHref = (page: number) =>
    `/${locale}/cases/check-ins?${new URLSearchParams({
      ...(filter.state ? { state: filter.state } : {}),
      ...(filter.mine ? { mine: "1" } : {}),
      page: String(page),
    })}`;
  return (
    <div className="stack">
      <h1 id="pending-title">{t("checkins:staff.title")}</h1>
      <p>{t("checkins:staff.intro")}</p>
      <form method="get" role="search" aria-label={t("checkins:staff.filters")} className="form-grid">
        <div className="field">
          <label htmlFor="pending-state">{t("checkins:staff.state")}</label>
          <select id="pending-state" name="state" defaultValue={filter.state ?? ""}>
            <option value="">{t("checkins:staff.allStates")}</option>
            {PENDING_STATES.map((s) => (
              <option key={s} value={s}>
                {t(`checkins:staff.states.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <label className="checkbox">
          <input type="checkbox" name="mine" value="1" defaultChecked={filter.mine} />
          <span>{t("checkins:staff.mineOnly")}</span>
        </label>
        <div>
          <button type="submit" className="button button--secondary">
            {t("checkins:staff.show")}
          </button>
        </div>
      </form>
      {rows.length ? (
        <ScrollTable
          labelledBy="pending-title"
          caption={t("checkins:staff.title")}
          headers={(["case", "state", "since", "channels", "assigned"] as const).map((c) =>
            t(`checkins:staff.columns.${c}`),
          )}
        >
          {rows.map((r) => (
            <Row key={r.caseNumber} r={r} locale={locale} t={t} />
          ))}
        </ScrollTable>
      ) : (
        <p>{t("checkins:staff.empty")}</p>
      )}
      <p className="actions">
        {filter.page > 1 ? (
          <Link href={pageHref(filter.page - 1)}>{t("checkins:staff.previous")}</Link>
        ) : null}
        {hasMore && rows.length === PENDING_PAGE_SIZE ? (
          <Link href={pageHref(filter.page + 1)}>{t("checkins:staff.next")}</Link>
        ) : null}
      </p>
    </div>
  );
}
