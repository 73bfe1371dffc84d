/** @jest-environment jsdom */
/*
 * The add-in manifest is what Excel reads before any of our code runs: a mistake here means
 * the button never appears, or appears with a broken icon, and no other test would notice.
 * office-addin-manifest's validator needs Microsoft's online service, so this checks offline
 * what a planner would otherwise discover by sideloading.
 */
import * as fs from "fs";
import * as path from "path";

const ROOT = path.resolve(__dirname, "..");
const MANIFEST_PATH = path.join(ROOT, "manifest.xml");
const DEV_ORIGIN = "https://localhost:3000";

function parseManifest(): Document {
  const xml = fs.readFileSync(MANIFEST_PATH, "utf8");
  return new DOMParser().parseFromString(xml, "application/xml");
}

/** Elements by local name, whatever namespace prefix the manifest uses. */
function all(doc: Document | Element, localName: string): Element[] {
  return Array.from(doc.getElementsByTagNameNS("*", localName));
}

function one(doc: Document | Element, localName: string): Element {
  const found = all(doc, localName);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

function xsiType(element: Element): string | null {
  return element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = fs.readFileSync(file);
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature)) throw new Error(`${file} is not a PNG`);
  if (bytes.toString("ascii", 12, 16) !== "IHDR") throw new Error(`${file} has no IHDR first`);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Resolves a dev-server URL to the file under assets/ that webpack copies there. */
function assetFileFor(url: string): string {
  expect(url.startsWith(`${DEV_ORIGIN}/assets/`)).toBe(true);
  return path.join(ROOT, new URL(url).pathname);
}

/** Every URL the manifest declares (attribute values and text), namespaces excluded. */
function declaredUrls(doc: Document): string[] {
  const urls: string[] = [];
  for (const element of Array.from(doc.getElementsByTagName("*"))) {
    for (const attribute of Array.from(element.attributes)) {
      if (attribute.name === "xmlns" || attribute.name.startsWith("xmlns:")) continue;
      if (/^[a-z]+:\/\//i.test(attribute.value)) urls.push(attribute.value);
    }
    for (const child of Array.from(element.childNodes)) {
      const text = child.nodeType === child.TEXT_NODE ? (child.textContent ?? "").trim() : "";
      if (/^[a-z]+:\/\//i.test(text)) urls.push(text);
    }
  }
  return urls;
}

describe("manifest.xml", () => {
  const doc = parseManifest();

  it("is well-formed XML with an OfficeApp task pane add-in at its root", () => {
    expect(doc.getElementsByTagName("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
    expect(doc.documentElement.namespaceURI).toBe(
      "http://schemas.microsoft.com/office/appforoffice/1.1",
    );
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(one(doc, "Id").textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
    );
    expect(one(doc, "Version").textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
  });

  it("targets Excel workbooks with read-write access to the document", () => {
    // The add-in's own <Hosts> and the ribbon's <Hosts> inside VersionOverrides must agree.
    const topHosts = all(doc, "Host")
      .filter((host) => host.parentElement?.parentElement === doc.documentElement)
      .map((host) => host.getAttribute("Name"));
    expect(topHosts).toEqual(["Workbook"]);
    const ribbonHosts = all(one(doc, "VersionOverrides"), "Host").map(xsiType);
    expect(ribbonHosts).toEqual(["Workbook"]);
    expect(one(doc, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  it("speaks Vietnamese by default and English as an override", () => {
    expect(one(doc, "DefaultLocale").textContent).toBe("vi-VN");
    const displayName = one(doc, "DisplayName");
    expect(displayName.getAttribute("DefaultValue")).toBe("TongHop – Tổng hợp báo cáo");
    const english = all(displayName, "Override").find((o) => o.getAttribute("Locale") === "en-US");
    expect(english?.getAttribute("Value")).toBeTruthy();
    expect(one(doc, "ProviderName").textContent).toBe("TongHop");
    // Every ribbon string has an English override too, so an English Office is not left bare.
    for (const text of [...all(doc, "ShortStrings"), ...all(doc, "LongStrings")].flatMap((s) =>
      all(s, "String"),
    )) {
      const locales = all(text, "Override").map((o) => o.getAttribute("Locale"));
      expect({ id: text.getAttribute("id"), locales }).toEqual({
        id: text.getAttribute("id"),
        locales: ["en-US"],
      });
    }
  });

  it("asks for nothing above ExcelApi 1.1, so Excel 2016 and later still show the add-in", () => {
    for (const set of all(doc, "Set")) {
      const name = set.getAttribute("Name");
      const minVersion = set.getAttribute("MinVersion") ?? "1.1";
      if (name === "ExcelApi") {
        const [major, minor] = minVersion.split(".").map(Number);
        expect(major * 1000 + minor).toBeLessThanOrEqual(1001);
      } else {
        // Any other requirement set could hide the add-in on older hosts.
        expect(name).toBe("ExcelApi");
      }
    }
  });

  it("uses https URLs on one origin only, so one rewrite moves the whole add-in", () => {
    const urls = declaredUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) {
      expect(new URL(url).protocol).toBe("https:");
      expect(new URL(url).origin).toBe(DEV_ORIGIN);
    }
  });

  it("points every resid at a resource that is defined", () => {
    const defined = new Set(
      [...all(doc, "Image"), ...all(doc, "Url"), ...all(doc, "String")]
        .map((r) => r.getAttribute("id"))
        .filter((id): id is string => id !== null),
    );
    const used = Array.from(doc.getElementsByTagName("*"))
      .map((e) => e.getAttribute("resid"))
      .filter((id): id is string => id !== null);
    expect(used.length).toBeGreaterThan(0);
    expect(used.filter((id) => !defined.has(id))).toEqual([]);
  });

  it("has icons on disk that are real PNGs of the sizes Office asks for", () => {
    const expectations: Array<{ url: string; size: number }> = [
      { url: one(doc, "IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: one(doc, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
    ];
    const images = all(one(doc, "Images"), "Image");
    expect(images.length).toBeGreaterThanOrEqual(3);
    for (const image of images) {
      const size = Number(/(\d+)x\1$/.exec(image.getAttribute("id") ?? "")?.[1]);
      expect(size).toBeGreaterThan(0);
      expect(image.getAttribute("DefaultValue")).toMatch(new RegExp(`icon-${size}\\.png$`));
      expectations.push({ url: image.getAttribute("DefaultValue") ?? "", size });
    }
    for (const { url, size } of expectations) {
      const file = assetFileFor(url);
      expect(fs.existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
    // The ribbon asks for 16, 32 and 80 pixel images on every control and group.
    for (const icon of all(doc, "Icon")) {
      const sizes = all(icon, "Image").map((i) => i.getAttribute("size"));
      expect(sizes).toEqual(["16", "32", "80"]);
    }
    expect(pngSize(path.join(ROOT, "assets", "logo-filled.png")).width).toBeGreaterThan(0);
  });

  it("puts a button in its own TongHop group on the Home tab that opens the task pane", () => {
    const tab = one(doc, "OfficeTab");
    expect(tab.getAttribute("id")).toBe("TabHome");
    const group = one(tab, "Group");
    expect(group.getAttribute("id")).toBe("TongHop");
    const button = one(group, "Control");
    expect(xsiType(button)).toBe("Button");
    const action = one(button, "Action");
    expect(xsiType(action)).toBe("ShowTaskpane");
    const resid = one(action, "SourceLocation").getAttribute("resid");
    const url = all(doc, "Url").find((u) => u.getAttribute("id") === resid);
    expect(url?.getAttribute("DefaultValue")).toBe(`${DEV_ORIGIN}/taskpane.html`);
    expect(one(one(doc, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue")).toBe(
      `${DEV_ORIGIN}/taskpane.html`,
    );
  });
});
