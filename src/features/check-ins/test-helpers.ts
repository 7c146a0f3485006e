// Shared by the check-ins integration tests: a case filed `days` ago whose reporter asked for
// news by email and/or SMS.
import type { PrismaClient } from "@/generated/prisma/client";
import type { CaseStatus } from "@/generated/prisma/enums";
import { fileCase } from "@/features/cases/test-fixtures";

const DAY = 86_400_000;
let n = 0;

export async function familyCase(
  db: PrismaClient,
  days: number,
  o: {
    now?: Date;
    email?: boolean;
    sms?: boolean;
    status?: CaseStatus;
    locale?: string;
    practiceSessionId?: string;
    assignedUserId?: string;
  } = {},
) {
  const now = o.now ?? new Date();
  const c = await fileCase(
    db,
    "BZ",
    { givenNames: "Marisol", familyNames: "Quispe Tarqui" },
    { practiceSessionId: o.practiceSessionId ?? null },
  );
  const i = n++;
  const email = `fam${i}.${c.caseNumber.toLowerCase()}@example.org`;
  const phone = `+5016${String(100000 + i).padStart(6, "0")}`;
  await db.case.update({
    where: { id: c.id },
    data: {
      createdAt: new Date(now.getTime() - days * DAY),
      status: o.status ?? "VERIFIED",
      reporterEmail: email,
      reporterPhone: phone,
      reporterLocale: o.locale ?? "es",
      notifyByEmail: o.email ?? true,
      notifyByPhone: o.sms ?? false,
      assignedUserId: o.assignedUserId ?? null,
    },
  });
  return { ...c, email, phone };
}
