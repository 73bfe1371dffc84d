/**
 * "No network request besides office.js": the built page and bundle must not name any host to
 * fetch from, and both pages pin their scripts with a Content-Security-Policy. The bundle is
 * built only when dist/web is missing (CI builds before testing).
 */
import { execFileSync } from "child_process";
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "../..");
const WEB = path.join(ROOT, "dist/web");

/**
 * URLs that may appear in the built files because they are never requested. Each is a string
 * constant inside a library, not a fetch target (the CSP below would block a fetch anyway).
 */
const ALLOWED: Array<{ pattern: RegExp; why: string }> = [
  // XML namespace and relationship-type identifiers that .xlsx/.docx writers put in the files.
  { pattern: /^http:\/\/schemas\.openxmlformats\.org\//, why: "OOXML namespace URI" },
  { pattern: /^http:\/\/schemas\.microsoft\.com\//, why: "Office XML namespace URI" },
  { pattern: /^http:\/\/www\.w3\.org\//, why: "XML/SVG/XHTML namespace URI" },
  { pattern: /^http:\/\/purl\.org\//, why: "Dublin Core namespace in docProps/core.xml" },
  {
    pattern: /^http:\/\/purl\.oclc\.org\/ooxml\//,
    why: "Strict OOXML relationship type ExcelJS recognises",
  },
  // Links quoted inside libraries' error messages and licence metadata: text, never fetched.
  { pattern: /^https:\/\/react\.dev\/errors\//, why: "React's production error decoder link" },
  {
    pattern: /^https:\/\/github\.com\//,
    why: "library error/licence text (exceljs, core-js, uuid, crypto-browserify)",
  },
  {
    pattern: /^https:\/\/stuk\.github\.io\/jszip\/documentation\//,
    why: "JSZip error message link",
  },
  { pattern: /^https:\/\/answers\.microsoft\.com\//, why: "docx library error message link" },
];

const OFFICE_JS = /^https:\/\/appsforoffice\.microsoft\.com(\/|$)/;

function ensureBuilt(): void {
  if (existsSync(WEB) && readdirSync(WEB).some((f) => f.endsWith(".js"))) return;
  execFileSync("npx", ["webpack", "--mode", "production"], {
    cwd: ROOT,
    stdio: "ignore",
    timeout: 600_000,
  });
}

function urlsIn(text: string): string[] {
  return [...text.matchAll(/https?:\/\/[^\s"'`<>)\\,;]+/g)].map((m) => m[0]);
}

function csp(html: string): Map<string, string[]> {
  // The production build minifies the HTML: attribute quotes may be dropped where legal.
  const meta = /<meta\s+[^>]*http-equiv\s*=\s*"?Content-Security-Policy"?[^>]*>/i.exec(html);
  expect(meta).not.toBeNull();
  const content = /content\s*=\s*"([^"]*)"/i.exec(meta![0])![1];
  const out = new Map<string, string[]>();
  for (const part of content.split(";")) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name) out.set(name, values);
  }
  return out;
}

describe("the built bundle names no host to fetch from", () => {
  beforeAll(ensureBuilt, 660_000);

  it("every URL in dist/web *.js and *.html is office.js (taskpane only) or a known non-fetched string", () => {
    const files = readdirSync(WEB).filter((f) => /\.(js|html)$/.test(f));
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    const offending: string[] = [];
    for (const f of files) {
      for (const url of urlsIn(readFileSync(path.join(WEB, f), "utf8"))) {
        if (OFFICE_JS.test(url) && f === "taskpane.html") continue;
        if (ALLOWED.some((a) => a.pattern.test(url))) continue;
        offending.push(`${f}: ${url}`);
      }
    }
    expect(offending).toEqual([]);
  });

  it("the standalone page loads no script from anywhere but itself", () => {
    const html = readFileSync(path.join(WEB, "standalone.html"), "utf8");
    expect(urlsIn(html)).toEqual([]);
    const policy = csp(html);
    expect(policy.get("script-src")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    // blob:/data: are the page's own in-memory files (downloads it builds), not a network.
    for (const v of policy.get("connect-src") ?? [])
      expect(["'self'", "'none'", "blob:", "data:"]).toContain(v);
  });

  it("the task pane allows only itself and office.js", () => {
    const html = readFileSync(path.join(WEB, "taskpane.html"), "utf8");
    const policy = csp(html);
    const scripts = policy.get("script-src")!;
    expect(scripts).toContain("'self'");
    expect(
      scripts
        .filter((s) => s !== "'self'")
        .every((s) => s.startsWith("https://appsforoffice.microsoft.com")),
    ).toBe(true);
    expect(scripts.some((s) => /unsafe-eval|unsafe-inline|\*/.test(s))).toBe(false);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    for (const v of policy.get("connect-src") ?? []) {
      expect(["'self'", "'none'", "blob:", "data:"].includes(v) || OFFICE_JS.test(v)).toBe(true);
    }
  });
});
