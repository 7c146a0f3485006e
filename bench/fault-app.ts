// The portal as a separate process group (npm start's script), so the benchmark can kill it
// with SIGKILL, as a crash or the OOM killer would, and start it again.
import { spawn, type ChildProcess } from "node:child_process";

export class AppProcess {
  private child: ChildProcess | undefined;
  constructor(
    readonly port: number,
    private readonly env: Record<string, string>,
  ) {}

  get origin() {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn("npx", ["tsx", "scripts/start.ts", "-p", String(this.port)], {
      env: { ...process.env, ...this.env, NEXTAUTH_URL: this.origin },
      stdio: "ignore",
      detached: true,
    });
    const deadline = Date.now() + 90_000;
    while (Date.now() < deadline) {
      const ok = await fetch(`${this.origin}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (ok) return;
      await new Promise((r) => setTimeout(r, 250));
    }
    throw new Error("the app did not become healthy within 90 s");
  }

  /** SIGKILL to the whole group (npx, tsx and the server), no chance to clean up. */
  kill() {
    if (this.child?.pid) process.kill(-this.child.pid, "SIGKILL");
  }

  async stop() {
    if (!this.child?.pid || this.child.exitCode !== null) return;
    const exited = new Promise((r) => this.child!.once("exit", r));
    process.kill(-this.child.pid, "SIGTERM");
    await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    try {
      process.kill(-this.child.pid, "SIGKILL");
    } catch {
      // already gone
    }
  }
}
