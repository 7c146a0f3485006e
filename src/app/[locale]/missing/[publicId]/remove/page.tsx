import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { Alert } from "@/components/ui/alert";
import { displayName } from "@/features/bulletin/components/case-facts";
import { getBulletinCase } from "@/features/bulletin/data";
import { RemovalForm } from "@/features/removal/components/removal-form";
import { errorKeyOf } from "@/features/removal/form-errors";
import { PublicIdField } from "@/features/removal/schemas";
import { localeFrom } from "@/i18n/params";
import { getT } from "@/i18n/server";

type Props = {
  params: Promise<{ locale: string; publicId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata(props: Props): Promise<Metadata> {
  const t = await getT(await localeFrom(props.params), ["removal"]);
  // The form posts without JavaScript too: keep the Origin header (see missing/page.tsx).
  return { title: t("removal:page.title"), robots: { index: false }, referrer: "same-origin" };
}

// A page that left the bulletin has nothing to take down: 404, like the poster itself.
export default async function RemovalRequestPage(props: Props) {
  await connection();
  const locale = await localeFrom(props.params);
  const { publicId } = await props.params;
  const parsed = PublicIdField.safeParse(publicId);
  const c = parsed.success ? await getBulletinCase(parsed.data) : null;
  if (!c) notFound();
  const [t, query] = await Promise.all([
    getT(locale, ["removal", "bulletin", "validation"]),
    props.searchParams,
  ]);
  const error = errorKeyOf(query.error);
  return (
    <div className="stack">
      <p>
        <Link href={`/${locale}/missing/${c.publicId}`}>{t("removal:page.back")}</Link>
      </p>
      <h1>{t("removal:page.title")}</h1>
      <p>
        <strong>{displayName(c, t)}</strong>
      </p>
      <p>{t("removal:page.intro")}</p>
      <p>{t("removal:page.what")}</p>
      <p>{t("removal:page.emergency")}</p>
      {error ? (
        <Alert kind="error" id="removal-error">
          {t(error)}
        </Alert>
      ) : null}
      <RemovalForm
        t={t}
        locale={locale}
        publicId={c.publicId}
        error={error === "validation:required" ? t(error) : null}
      />
    </div>
  );
}
