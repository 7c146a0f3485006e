import "server-only";
import { getDb } from "@/server/db";
import { trainingScope } from "@/server/policy";
import type { Viewer } from "@/server/viewer";
import { allowedCountry, requireManage, requireRead } from "./access";

/** Countries whose training the viewer may look at (a super-admin: all of them). */
export async function listTrainingCountries(viewer: Viewer) {
  requireRead(viewer);
  const db = await getDb();
  return db.country.findMany({
    where: viewer.isSuperAdmin ? {} : { code: viewer.countryCode },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}

export async function listRegions(viewer: Viewer, countryCode: string) {
  requireRead(viewer);
  if (!allowedCountry(viewer, countryCode)) return [];
  const db = await getDb();
  return db.region.findMany({
    where: { countryCode },
    orderBy: { name: "asc" },
    select: { id: true, code: true, name: true },
  });
}

/** Choices for the session form: regions, trainers and possible parent sessions of one country. */
export async function getSessionFormOptions(viewer: Viewer, countryCode: string) {
  requireManage(viewer);
  const code = allowedCountry(viewer, countryCode) ? countryCode : viewer.countryCode;
  const db = await getDb();
  const [countries, regions, trainers, parents] = await Promise.all([
    listTrainingCountries(viewer),
    listRegions(viewer, code),
    db.user.findMany({
      where: { role: "TRAINER", countryCode: code, practiceSessionId: null, disabledAt: null },
      orderBy: { name: "asc" },
      select: { id: true, name: true, email: true },
    }),
    db.trainingSession.findMany({
      where: { countryCode: code, ...trainingScope(viewer) },
      orderBy: { startDate: "desc" },
      select: { id: true, title: true, startDate: true },
    }),
  ]);
  return { countryCode: code, countries, regions, trainers, parents };
}
export type SessionFormOptions = Awaited<ReturnType<typeof getSessionFormOptions>>;
