// Where the main entry's bytes are (issue 7's 25 kB budget): prints the main entry's size minified
// and gzipped without zod (as size-limit measures it, within a few hundred bytes), the part of it
// that is text (string literals of 12 characters or more: messages, fixes, sources, catalog rows,
// rule notes), and each source area's share, measured as the growth of the gzipped bundle when
// its modules are appended in bundle order (each module minified alone, so the sum is a little
// larger than the whole). Usage: `npm run bench:size`. Uses esbuild, which tsup and size-limit
// bring (pinned in package-lock.json).
import { build, transform } from "esbuild";
import { gzipSync } from "node:zlib";
import ts from "typescript";

const entry = process.argv[2] ?? "src/index.ts";
const gz = (s) => gzipSync(s, { level: 9 }).length;

/** The bundle with its string literals (and template pieces) of `min` characters or more, found by TypeScript's parser, emptied. */
function withoutLiterals(js, min) {
  const file = ts.createSourceFile("bundle.js", js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const spans = [];
  const visit = (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
      if (node.text.length >= min) spans.push([node.getStart(file), node.getEnd(), node.kind]);
    }
    node.forEachChild(visit);
  };
  visit(file);
  let out = "";
  let at = 0;
  // Each becomes empty: a unique placeholder would add its own entropy (about 1.5 B gzipped each).
  spans.forEach(([start, end, kind]) => {
    const text =
      kind === ts.SyntaxKind.TemplateHead ? "`${" : kind === ts.SyntaxKind.TemplateMiddle ? "}${" : kind === ts.SyntaxKind.TemplateTail ? "}`" : '""';
    out += js.slice(at, start) + text;
    at = end;
  });
  return { code: out + js.slice(at), literals: spans.length };
}

const bundle = (minify) =>
  build({ entryPoints: [entry], bundle: true, minify, format: "esm", write: false, external: ["zod"] }).then((r) => r.outputFiles[0].text);

const whole = await bundle(true);
const { code: codeOnly, literals } = withoutLiterals(whole, 12);
const total = gz(whole);
const code = gz(codeOnly);
console.log(`${entry}: ${whole.length.toLocaleString("en")} B minified, ${total.toLocaleString("en")} B gzipped (zod left out)`);
console.log(`  code only (${literals.toLocaleString("en")} string literals of 12 characters or more emptied): ${code.toLocaleString("en")} B gzipped`);
console.log(`  so the text is about ${(total - code).toLocaleString("en")} B of it`);
const { code: noStrings, literals: all } = withoutLiterals(whole, 1);
console.log(`  and with all ${all.toLocaleString("en")} non-empty string literals emptied (the short ones are mostly vocabulary and codes): ${gz(noStrings).toLocaleString("en")} B gzipped`);

const area = (piece) => {
  const m = /^\/\/ src\/([^\n]*)/.exec(piece);
  if (m === null) return "(bundle head)";
  const p = m[1].replace(/\.ts$/, "").split("/");
  return p.length === 1 ? p[0] : p.slice(0, p[0] === "rules" ? 2 : 1).join("/");
};
const pieces = (await bundle(false)).split(/^(?=\/\/ src\/)/m);
const share = new Map();
let sofar = "";
let before = 0;
for (const piece of pieces) {
  // The last piece holds the bundle's export list, which names bindings of other pieces: that
  // list is kept as written (about 1 kB).
  sofar += await transform(piece, { minify: true, loader: "js" }).then((r) => r.code, () => piece);
  const now = gz(sofar);
  share.set(area(piece), (share.get(area(piece)) ?? 0) + now - before);
  before = now;
}
console.log(`\nshare of each area (gzip growth in bundle order; sum ${before.toLocaleString("en")} B):`);
for (const [name, bytes] of [...share].sort((a, b) => b[1] - a[1])) console.log(`${bytes.toLocaleString("en").padStart(8)} B  ${name}`);
