import { describe, expect, it } from "vitest";
import { createTranslate } from "./translate";

const resources = {
  common: { back: "Volver", status: { open: "Abierto" } },
  intake: {
    progress: "Paso {{current}} de {{total}}",
    photos_one: "{{count}} foto",
    photos_other: "{{count}} fotos",
  },
  validation: { required: "Obligatorio" },
};

describe("createTranslate (the client's i18n subset)", () => {
  const t = createTranslate("es", resources, ["intake", "validation", "common"]);

  it("resolves plain keys through the namespaces in order and ns:key explicitly", () => {
    expect(t("required")).toBe("Obligatorio");
    expect(t("common:status.open")).toBe("Abierto");
    expect(t("common:back")).toBe("Volver");
  });

  it("interpolates and picks the plural form of the locale", () => {
    expect(t("progress", { current: 2, total: 5 })).toBe("Paso 2 de 5");
    expect(t("photos", { count: 1 })).toBe("1 foto");
    expect(t("photos", { count: 3 })).toBe("3 fotos");
  });

  it("falls back to defaultValue, then to the key itself", () => {
    expect(t("cases:indicators.X", { defaultValue: "X" })).toBe("X");
    expect(t("intake:missing.key")).toBe("missing.key");
    expect(t("progress", { current: 1 })).toBe("Paso 1 de {{total}}");
  });
});
