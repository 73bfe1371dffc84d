/**
 * @jest-environment jsdom
 */
import { downloadBytes } from "../../src/taskpane/download";

describe("download from the task pane", () => {
  it("clicks a hidden <a download> pointing at a Blob of the bytes, then removes it", () => {
    const urls: Blob[] = [];
    const createObjectURL = jest.fn((b: Blob) => {
      urls.push(b);
      return "blob:tonghop/1";
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const clicked: { name: string; href: string }[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ name: this.download, href: this.href });
    });
    downloadBytes(
      "BaoCao.docx",
      new Uint8Array([1, 2, 3]),
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(clicked).toEqual([{ name: "BaoCao.docx", href: "blob:tonghop/1" }]);
    expect(urls[0].size).toBe(3);
    expect(urls[0].type).toBe(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    );
    expect(document.querySelectorAll("a").length).toBe(0);
    click.mockRestore();
  });
});
