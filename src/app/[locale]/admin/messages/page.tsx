import { requirePageViewer } from "@/server/page-guard";
import { formatDateTime } from "@/i18n/intl";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import styles from "@/features/admin/components/admin.module.css";
import { retryMessageAction } from "@/features/notifications/actions";
import { listDeliveries, MESSAGE_STATUSES } from "@/features/notifications/delivery-log-data";
import type { MessageStatus } from "@/generated/prisma/enums";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";
import { can } from "@/server/policy";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export const dynamic = "force-dynamic";

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["notifications"]);
  return { title: t("notifications:deliveryLog.title"), robots: { index: false } };
}

// The outbox's delivery log: status, attempts, template and a masked address; never the text.
export default async function DeliveryLogPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await requirePageViewer(locale, "/admin/messages", "user:manage");
  if (!can(viewer, "message:manage")) notFound();
  const query = await props.searchParams;
  const status = (MESSAGE_STATUSES as readonly string[]).includes(String(query.status))
    ? (query.status as MessageStatus)
    : undefined;
  const [t, rows] = await Promise.all([getT(locale, ["notifications"]), listDeliveries(viewer, { status })]);
  const when = (d: Date | null) => (d ? formatDateTime(d, locale, { style: "short" }) : "—");
  return (
    <div className="stack">
      <h1>{t("notifications:deliveryLog.title")}</h1>
      <p>{t("notifications:deliveryLog.intro")}</p>
      {query.retried ? <Alert kind="success">{t("notifications:deliveryLog.retried")}</Alert> : null}
      {query.notFound ? <Alert kind="error">{t("notifications:deliveryLog.notFound")}</Alert> : null}
      <nav aria-label={t("notifications:deliveryLog.filter")}>
        <ul className={styles.subnav}>
          <li>
            <Link href={`/${locale}/admin/messages`} aria-current={status ? undefined : "page"}>
              {t("notifications:deliveryLog.all")}
            </Link>
          </li>
          {MESSAGE_STATUSES.map((s) => (
            <li key={s}>
              <Link
                href={`/${locale}/admin/messages?status=${s}`}
                aria-current={status === s ? "page" : undefined}
              >
                {t(`notifications:deliveryLog.status.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{t("notifications:deliveryLog.empty")}</p>
      ) : (
        <div
          className="table-wrap"
          tabIndex={0}
          role="region"
          aria-label={t("notifications:deliveryLog.title")}
        >
          <table className="card-table">
            <thead>
              <tr>
                <th scope="col">{t("notifications:deliveryLog.col.updated")}</th>
                <th scope="col">{t("notifications:deliveryLog.col.status")}</th>
                <th scope="col">{t("notifications:deliveryLog.col.case")}</th>
                <th scope="col">{t("notifications:deliveryLog.col.template")}</th>
                <th scope="col">{t("notifications:deliveryLog.col.recipient")}</th>
                <th scope="col">{t("notifications:deliveryLog.col.attempts")}</th>
                <th scope="col">{t("notifications:deliveryLog.col.error")}</th>
                <th scope="col">
                  <span className="visually-hidden">{t("notifications:deliveryLog.col.action")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} data-status={r.status}>
                  <td data-label={t("notifications:deliveryLog.col.updated")}>{when(r.updatedAt)}</td>
                  <td data-label={t("notifications:deliveryLog.col.status")}>
                    {t(`notifications:deliveryLog.status.${r.status}`)}
                  </td>
                  <td data-label={t("notifications:deliveryLog.col.case")}>{r.caseNumber ?? "—"}</td>
                  <td data-label={t("notifications:deliveryLog.col.template")}>
                    {t(`notifications:deliveryLog.template.${r.template.replace("family.", "")}`, {
                      defaultValue: r.template,
                    })}{" "}
                    ({r.locale})
                  </td>
                  <td data-label={t("notifications:deliveryLog.col.recipient")}>{r.recipient}</td>
                  <td data-label={t("notifications:deliveryLog.col.attempts")}>{r.attempts}</td>
                  <td data-label={t("notifications:deliveryLog.col.error")}>{r.error ?? "—"}</td>
                  <td data-label={t("notifications:deliveryLog.col.action")}>
                    {r.status === "DEAD" ? (
                      <form action={retryMessageAction}>
                        <input type="hidden" name="id" value={r.id} />
                        <input type="hidden" name="locale" value={locale} />
                        <button type="submit" className="button button--secondary">
                          {t("notifications:deliveryLog.retry")}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
