/** @jest-environment jsdom */
import * as React from "react";
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import App, { AppProps } from "./App";

function renderApp(props: AppProps) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <App {...props} />
    </FluentProvider>,
  );
}

describe("App (task pane first page)", () => {
  it("shows the product name and the three steps in order, each with a description", () => {
    renderApp({ host: "excel" });

    expect(screen.getByRole("heading", { level: 1, name: "TongHop" })).toBeTruthy();
    const steps = within(screen.getByRole("list", { name: "Các bước" })).getAllByRole("listitem");
    expect(steps).toHaveLength(3);
    const titles = ["Kiểm tra", "Tổng hợp", "Báo cáo"];
    steps.forEach((step, index) => {
      expect(within(step).getByRole("heading", { level: 2 }).textContent).toBe(titles[index]);
      expect(within(step).getByText(`Bước ${index + 1}`)).toBeTruthy();
      // A short Vietnamese description accompanies each step.
      const paragraphs = step.textContent ?? "";
      expect(paragraphs.length).toBeGreaterThan(titles[index].length + 40);
    });
  });

  it("warns that Excel is not connected only when running outside Office", () => {
    const { unmount } = renderApp({ host: "outside-office" });
    expect(screen.getByText("Chưa kết nối với Excel.")).toBeTruthy();
    unmount();

    renderApp({ host: "excel" });
    expect(screen.queryByText("Chưa kết nối với Excel.")).toBeNull();
  });

  it("disables a step's button until the host gives it something to do", async () => {
    const check = jest.fn();
    renderApp({ host: "excel", actions: { check } });

    const checkButton = screen.getByRole("button", { name: "Bắt đầu kiểm tra" });
    const consolidateButton = screen.getByRole("button", { name: "Lập bảng tổng hợp" });
    expect(checkButton.hasAttribute("disabled")).toBe(false);
    expect(consolidateButton.hasAttribute("disabled")).toBe(true);

    await act(async () => {
      fireEvent.click(checkButton);
    });
    expect(check).toHaveBeenCalledTimes(1);
  });

  it("shows a failed step's message in Vietnamese instead of failing silently", async () => {
    const report = jest.fn(() => Promise.reject(new Error("Không đọc được trang tính Tổng hợp.")));
    renderApp({ host: "excel", actions: { report } });

    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Dự thảo báo cáo" }));
    });

    expect(screen.getByText("Bước Báo cáo chưa hoàn thành.")).toBeTruthy();
    expect(screen.getByText("Không đọc được trang tính Tổng hợp.")).toBeTruthy();
    // The button is usable again so the planner can retry.
    expect(screen.getByRole("button", { name: "Dự thảo báo cáo" }).hasAttribute("disabled")).toBe(
      false,
    );
  });
});
