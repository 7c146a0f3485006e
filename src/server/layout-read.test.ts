import { afterEach, describe, expect, it, vi } from "vitest";
import { readForLayout } from "./layout-read";
import { requestContext } from "./request-context";

afterEach(() => vi.restoreAllMocks());

describe("readForLayout", () => {
  it("gives the value of a read that works", async () => {
    await expect(readForLayout("count", async () => 7)).resolves.toBe(7);
  });

  it("gives undefined for an outage and logs it once with the request id", async () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    const timeout = Object.assign(new Error("canceling statement due to lock timeout"), { code: "55P03" });
    const got = await requestContext.run({ requestId: "0a1b2c3d" }, () =>
      readForLayout("header unread count", () => Promise.reject(timeout)),
    );
    expect(got).toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    const line = JSON.parse(String(warn.mock.calls[0]![0])) as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "warn",
      requestId: "0a1b2c3d",
      reference: "0a1b2c3d",
      where: "header unread count",
      error: { code: "55P03" },
    });
  });

  it("lets any other error through: a bug still fails the layout (global-error.tsx)", async () => {
    const denied = Object.assign(new Error("permission denied for table InboxItem"), { code: "42501" });
    await expect(readForLayout("header unread count", () => Promise.reject(denied))).rejects.toBe(denied);
    await expect(
      readForLayout("header viewer", () => Promise.reject(new TypeError("x is undefined"))),
    ).rejects.toBeInstanceOf(TypeError);
  });
});
