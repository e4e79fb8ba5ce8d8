import { describe, expect, it } from "vitest";
import { readOptions } from "../../bench/args.mjs";

/** The bench scripts' option reader (bench/args.mjs): wrong options stop a run instead of being skipped. */
describe("readOptions (bench/args.mjs)", () => {
  const spec = {
    n: { kind: "count", default: 100_000 },
    seed: { kind: "number", default: 1 },
    only: { kind: "list" },
    sizes: { kind: "counts", default: [200] },
    dist: { kind: "text", default: "dist" },
    also: { kind: "texts", default: [] },
    json: { kind: "flag", default: false },
  } as const;
  const usage = "node bench/x.mjs [--n 100000]";

  it("gives the defaults when no option is given", () => {
    expect(readOptions([], spec, usage)).toEqual({ values: { n: 100_000, seed: 1, only: undefined, sizes: [200], dist: "dist", also: [], json: false }, positionals: [] });
  });

  it.each([
    [["--n", "20000"], { n: 20000 }],
    [["--n=500"], { n: 500 }],
    [["--seed=-3.5"], { seed: -3.5 }],
    [["--only", "validateSession, lintDocumentation"], { only: ["validateSession", "lintDocumentation"] }],
    [["--sizes", "200,5000"], { sizes: [200, 5000] }],
    [["--dist", "/tmp/base", "--json"], { dist: "/tmp/base", json: true }],
    [["--also", "a", "--also", "b"], { also: ["a", "b"] }],
  ])("reads %j", (argv, expected) => {
    expect(readOptions(argv, spec, usage).values).toMatchObject(expected);
  });

  it.each([
    [["--run", "5"], /Unknown option '--run'[\s\S]*usage: node bench\/x\.mjs/],
    [["--n"], /--n/],
    [["--n", "0"], /--n must be a positive whole number \(got "0"\)/],
    [["--n", "2.5"], /--n must be a positive whole number/],
    [["--n", "abc"], /--n must be a positive whole number/],
    [["--seed", "x"], /--seed must be a number/],
    [["--only", " , "], /--only must name at least one item/],
    [["--sizes", "200,-1"], /--sizes must be a positive whole number \(got "200,-1"\)/],
    [["stray"], /Unexpected argument 'stray'/],
  ])("refuses %j with the option and the usage line", (argv, message) => {
    expect(() => readOptions(argv, spec, usage)).toThrow(message);
  });

  it("keeps positionals only when asked", () => {
    expect(readOptions(["a.cpuprofile", "--n", "3", "b.cpuprofile"], { n: { kind: "count", default: 1 } }, usage, { positionals: true })).toEqual({
      values: { n: 3 },
      positionals: ["a.cpuprofile", "b.cpuprofile"],
    });
  });
});
