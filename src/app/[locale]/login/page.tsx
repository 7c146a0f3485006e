import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { Alert } from "@/components/ui/alert";
import { LoginForm } from "@/features/users/components/login-form";
import styles from "@/features/users/components/users.module.css";
import { homePath, safeReturnPath } from "@/features/users/redirects";
import { I18nProvider } from "@/i18n/client";
import { localeFrom } from "@/i18n/params";
import { loadResources } from "@/i18n/resources";
import { getT } from "@/i18n/server";
import { getViewer } from "@/server/session";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const NOTICES = ["passwordChanged", "signedOutEverywhere"] as const;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata(props: Props): Promise<Metadata> {
  const locale = await localeFrom(props.params);
  const t = await getT(locale, ["auth"]);
  return { title: t("auth:login.title"), robots: { index: false } };
}

export default async function LoginPage(props: Props) {
  const locale = await localeFrom(props.params);
  const query = await props.searchParams;
  // `from` is set by our pages; `callbackUrl` by next-auth. Only same-site paths are kept.
  const from = safeReturnPath(first(query.from) ?? first(query.callbackUrl));
  const viewer = await getViewer();
  if (viewer) redirect(from ?? homePath(locale, viewer.role));
  const [t, resources] = await Promise.all([
    getT(locale, ["auth"]),
    loadResources(locale, ["auth", "common"]),
  ]);
  const notice = NOTICES.find((n) => n === first(query.notice));
  // next-auth's own endpoint sends errors back here as ?error=<key>; only known keys are shown.
  const error = first(query.error);
  const initialError = error === "auth:throttled" ? error : error ? "auth:invalidCredentials" : undefined;
  return (
    <div className={`stack ${styles.narrow}`}>
      <h1>{t("auth:login.title")}</h1>
      <p>{t("auth:login.intro")}</p>
      {notice ? <Alert kind="success">{t(`auth:notice.${notice}`)}</Alert> : null}
      <I18nProvider locale={locale} resources={resources}>
        <LoginForm locale={locale} from={from ?? ""} initialError={initialError} />
      </I18nProvider>
      <p className={styles.note}>{t("auth:login.forgot")}</p>
    </div>
  );
}
