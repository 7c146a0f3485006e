import { describe, expect, it } from "vitest";
import { forgetReceipt, keepReceipt, loadReceipt, RECEIPT_KEPT_MS } from "./kept-receipt";

/** A localStorage of our own (the unit tests run in Node). */
function memoryStore() {
  const items = new Map<string, string>();
  const store = {
    getItem: (k: string) => items.get(k) ?? null,
    setItem: (k: string, v: string) => void items.set(k, v),
    removeItem: (k: string) => void items.delete(k),
  };
  return { items, store: () => store };
}

// With the unit to call: it comes back with the receipt, so a reload still prints it.
const receipt = {
  caseNumber: "BO-2026-000011",
  trackingCode: "ABCD-EFGH-JKMN",
  created: true,
  contact: { name: "Policía Boliviana – FELCC", phone: "110", hours: "always" as const },
};
const T = Date.UTC(2026, 11, 4, 18, 0);

describe("the receipt kept on the phone", () => {
  it("comes back after a reload with its date and the time it is forgotten", () => {
    const { store } = memoryStore();
    const kept = keepReceipt(receipt, T, store);
    expect(kept).toEqual({ ...receipt, filedAt: T, keptUntil: T + RECEIPT_KEPT_MS });
    expect(loadReceipt(T + 60_000, store)).toEqual(kept);
  });

  it("is kept a day at most, then deleted when read", () => {
    const { items, store } = memoryStore();
    keepReceipt(receipt, T, store);
    expect(loadReceipt(T + RECEIPT_KEPT_MS - 1, store)).not.toBeNull();
    expect(RECEIPT_KEPT_MS).toBeLessThanOrEqual(24 * 3600 * 1000);
    expect(loadReceipt(T + RECEIPT_KEPT_MS, store)).toBeNull();
    expect(items.size).toBe(0);
  });

  it("is not stretched by a clock set back: a receipt filed in the future is deleted", () => {
    const { items, store } = memoryStore();
    keepReceipt(receipt, T, store);
    expect(loadReceipt(T - 3600_000, store)).toBeNull();
    expect(items.size).toBe(0);
  });

  it("is gone once the family removes it", () => {
    const { items, store } = memoryStore();
    keepReceipt(receipt, T, store);
    forgetReceipt(store);
    expect(loadReceipt(T, store)).toBeNull();
    expect(items.size).toBe(0);
  });

  it("drops an unreadable or wrongly shaped entry instead of showing it", () => {
    for (const raw of [
      "{",
      "null",
      '{"caseNumber":"BO-2026-000011"}',
      JSON.stringify({ ...receipt, filedAt: "x" }),
    ]) {
      const { items, store } = memoryStore();
      items.set("reencuentro:claim-receipt:v1", raw);
      expect(loadReceipt(T, store)).toBeNull();
      expect(items.size).toBe(0);
    }
  });

  it("still returns the receipt to show when the browser refuses to store it", () => {
    const refusing = () => ({
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    });
    expect(keepReceipt(receipt, T, refusing).caseNumber).toBe(receipt.caseNumber);
    expect(loadReceipt(T, refusing)).toBeNull();
  });
});
