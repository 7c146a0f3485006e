import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Fragment } from "react";
import { formatDateTime } from "@/lib/dates";
import { getAccount, getRecentFailedSignIns } from "@/features/users/account-data";
import {
  setAlertSettingAction,
  setDigestSettingAction,
  signOutEverywhereAction,
} from "@/features/users/account-actions";
import { AccountCheckboxForm } from "@/features/users/components/account-checkbox-form";
import { ChangePasswordForm } from "@/features/users/components/change-password-form";
import styles from "@/features/users/components/users.module.css";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { NotFoundError } from "@/server/errors";
import { can } from "@/server/policy";
import { getViewer } from "@/server/session";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["auth"]);
  return { title: t("auth:account.title"), robots: { index: false } };
}

// Reads the session, so it is rendered per request and sent with Cache-Control: no-store.
export default async function AccountPage(props: Props) {
  const locale = await localeFrom(props.params);
  const viewer = await getViewer();
  if (!viewer) redirect(`/${locale}/login?from=${encodeURIComponent(`/${locale}/account`)}`);
  const [t, account, resources, failed] = await Promise.all([
    getT(locale, ["auth"]),
    // Disabled between the two reads: treat like a signed-out visitor, not as an error.
    getAccount(viewer).catch((err: unknown) => {
      if (err instanceof NotFoundError) redirect(`/${locale}/login`);
      throw err;
    }),
    loadResources(locale, ["auth", "common"]),
    getRecentFailedSignIns(viewer),
  ]);
  const failedText = failed.last
    ? t("auth:account.failedAttempts", {
        count: failed.count,
        date: formatDateTime(failed.last, locale, viewer.countryCode),
      })
    : t("auth:account.noFailedAttempts");
  const none = t("auth:account.none");
  const rows = [
    ["name", account.name],
    ["email", account.email],
    ["role", account.isSuperAdmin ? t("auth:account.superAdmin") : t(`common:roles.${account.role}`)],
    ["country", t(`common:countries.${account.countryCode}`)],
    ["region", account.region?.name ?? none],
    ["organization", account.organization?.name ?? none],
  ] as const;
  // The staff's email choices: the daily digest (decision 152) and alert emails (decision 160).
  const settings = [
    { field: "emailDigest", keys: "auth:account.digest", action: setDigestSettingAction },
    { field: "emailAlerts", keys: "auth:account.alerts", action: setAlertSettingAction },
  ] as const;
  return (
    <div className={`stack ${styles.narrow}`}>
      <h1>{t("auth:account.title")}</h1>
      <section aria-labelledby="account-who">
        <h2 id="account-who">{t("auth:account.who")}</h2>
        <dl className="details">
          {rows.map(([key, value]) => (
            <Fragment key={key}>
              <dt>{t(`auth:account.${key}`)}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>
      <section aria-labelledby="account-password" className={styles.section}>
        <h2 id="account-password">{t("auth:account.password.title")}</h2>
        <I18nProvider locale={locale} resources={resources}>
          <ChangePasswordForm locale={locale} />
        </I18nProvider>
      </section>
      {can(viewer, "inbox:read") && !viewer.practiceSessionId
        ? settings.map((s) => (
            <section key={s.field} aria-labelledby={`account-${s.field}-title`} className={styles.section}>
              <h2 id={`account-${s.field}-title`}>{t(`${s.keys}.title`)}</h2>
              <I18nProvider locale={locale} resources={resources}>
                <AccountCheckboxForm locale={locale} on={account[s.field]} {...s} />
              </I18nProvider>
            </section>
          ))
        : null}
      <section aria-labelledby="account-sessions" className={styles.section}>
        <h2 id="account-sessions">{t("auth:account.sessions.title")}</h2>
        <p>{t("auth:account.sessions.text")}</p>
        <p id="account-failed-attempts">{failedText}</p>
        <form action={signOutEverywhereAction}>
          <input type="hidden" name="locale" value={locale} />
          <button type="submit" className="button button--secondary">
            {t("auth:account.sessions.everywhere")}
          </button>
        </form>
      </section>
    </div>
  );
}
