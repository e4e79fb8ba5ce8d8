import { spawn } from "node:child_process";
import { join } from "node:path";

/** The built CLI (run `npm run build` first; the test scripts do). */
export const CLI = join(process.cwd(), "dist", "cli.js");

/** What a run of the CLI gave. */
export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a child process (asynchronously, so tests can run side by side), with `input` on its standard input. */
export function run(args: string[], input = ""): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args]);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    child.on("error", reject);
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.on("error", () => {}); // the CLI may exit before reading its input
    child.stdin.end(input);
  });
}
