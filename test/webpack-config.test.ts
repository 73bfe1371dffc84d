/*
 * The production build must hand IT a manifest that points at the real server, and must not
 * wipe the command line compiled into dist/. These are the two ways a wrong webpack config
 * hurts users without failing the build.
 */
import * as fs from "fs";
import * as path from "path";

type WebpackConfigFactory = (
  env: Record<string, unknown>,
  options: { mode: string },
) => Promise<{
  output: { path: string; clean: boolean };
  plugins: Array<{ constructor: { name: string }; patterns?: CopyPattern[] }>;
  devServer: { server: unknown };
}>;

interface CopyPattern {
  from: string;
  transform?: (content: Buffer) => Buffer | string;
}

const ROOT = path.resolve(__dirname, "..");

async function loadConfig(mode: string, urlProd?: string) {
  const saved = process.env.TONGHOP_URL_PROD;
  if (urlProd === undefined) delete process.env.TONGHOP_URL_PROD;
  else process.env.TONGHOP_URL_PROD = urlProd;
  try {
    let factory: WebpackConfigFactory | undefined;
    jest.isolateModules(() => {
      factory = jest.requireActual<WebpackConfigFactory>(path.join(ROOT, "webpack.config.js"));
    });
    if (factory === undefined) throw new Error("webpack.config.js did not load");
    return await factory({ WEBPACK_BUILD: true }, { mode });
  } finally {
    if (saved === undefined) delete process.env.TONGHOP_URL_PROD;
    else process.env.TONGHOP_URL_PROD = saved;
  }
}

async function builtManifest(mode: string, urlProd?: string): Promise<string> {
  const config = await loadConfig(mode, urlProd);
  const copy = config.plugins.find((p) => p.constructor.name === "CopyPlugin");
  const pattern = copy?.patterns?.find((p) => p.from === "manifest*.xml");
  if (pattern?.transform === undefined) throw new Error("manifest copy pattern not found");
  const source = fs.readFileSync(path.join(ROOT, "manifest.xml"));
  return pattern.transform(source).toString();
}

describe("webpack.config.js", () => {
  it("builds into dist/web only, so the compiled CLI in dist/ survives a web build", async () => {
    const config = await loadConfig("production");
    expect(config.output.path).toBe(path.join(ROOT, "dist", "web"));
    expect(config.output.clean).toBe(true);
  });

  it("rewrites every dev URL in the production manifest to the production address", async () => {
    const manifest = await builtManifest("production", "https://tonghop.example.gov.vn/addin");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain('"https://tonghop.example.gov.vn/addin/taskpane.html"');
    expect(manifest).toContain('"https://tonghop.example.gov.vn/addin/assets/icon-32.png"');
  });

  it("keeps the template's placeholder when no production address is given", async () => {
    const manifest = await builtManifest("production");
    expect(manifest).not.toContain("localhost");
    expect(manifest).toContain("https://www.contoso.com/taskpane.html");
  });

  it("leaves the manifest on the dev server in development builds", async () => {
    const manifest = await builtManifest("development", "https://tonghop.example.gov.vn/");
    expect(manifest).toContain("https://localhost:3000/taskpane.html");
    expect(manifest).not.toContain("tonghop.example.gov.vn");
  });

  it("does not ask for development certificates outside `webpack serve`", async () => {
    const config = await loadConfig("production");
    // A plain "https" means no certificate was read: a CI build needs none installed.
    expect(config.devServer.server).toBe("https");
  });
});
