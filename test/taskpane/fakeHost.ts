/**
 * A fake PaneHost for the pane's tests: an "open workbook" of department sheets given as
 * grids, and a record of everything the pane asked the host to do.
 */
import type { PaneHost, WorkbookSheetInfo, WriteOutputsOptions } from "../../src/taskpane/host";
import {
  DEFAULT_REPORT_SETTINGS,
  type ReportSettings,
  type SheetGrid,
  type WorkbookPlan,
} from "../../src/core/types";

export const WORKBOOK = "KeHoach_2026.xlsx";

export interface FakeHost extends PaneHost {
  written: WorkbookPlan[];
  writeOptions: (WriteOutputsOptions | undefined)[];
  downloads: { fileName: string; bytes: Uint8Array; mime: string }[];
  selected: { sheet: string; cell: string | null }[];
  savedSettings: ReportSettings[];
  /** Sheets writeOutputs reports as edited by the planner (asks confirm first). */
  editedOutputs: string[];
  /** When set, writeOutputs fails with it. */
  writeError: Error | null;
}

export function fakeHost(
  options: {
    sheets?: SheetGrid[];
    outputSheets?: string[];
    settings?: ReportSettings;
    language?: "vi" | "en";
  } = {},
): FakeHost {
  const sheets = options.sheets ?? [];
  const host: FakeHost = {
    kind: "excel",
    written: [],
    writeOptions: [],
    downloads: [],
    selected: [],
    savedSettings: [],
    editedOutputs: [],
    writeError: null,
    async listWorkbookSheets(): Promise<WorkbookSheetInfo[]> {
      return [
        ...sheets.map((g) => ({ name: g.sheet, isOutput: false })),
        ...(options.outputSheets ?? []).map((name) => ({ name, isOutput: true })),
      ];
    },
    async readWorkbookSheets(names) {
      return { grids: sheets.filter((g) => names.includes(g.sheet)), issues: [] };
    },
    async writeOutputs(plan, confirm, writeOptions) {
      if (host.writeError) throw host.writeError;
      if (host.editedOutputs.length > 0 && !(await confirm(host.editedOutputs))) {
        return { message: "Không ghi gì." };
      }
      host.written.push(plan);
      host.writeOptions.push(writeOptions);
      return { message: `Đã ghi ${plan.sheets.length} trang kết quả.` };
    },
    async download(fileName, bytes, mime) {
      host.downloads.push({ fileName, bytes, mime });
    },
    async selectCell(sheet, cell) {
      host.selected.push({ sheet, cell });
      return sheets.some((g) => g.sheet === sheet);
    },
    async loadSettings() {
      return options.settings ?? DEFAULT_REPORT_SETTINGS;
    },
    async saveSettings(settings) {
      host.savedSettings.push(settings);
    },
    language: () => options.language ?? "vi",
  };
  return host;
}

type Row = [
  name: string,
  unit: string,
  previous: number | string | null,
  plan: number | null,
  current: number | string | null,
];

/** A department's indicator sheet laid out the way CONTRACT.md §1 describes. */
export function departmentGrid(file: string, sheet: string, unit: string, rows: Row[]): SheetGrid {
  return {
    file,
    sheet,
    values: [
      ["BÁO CÁO KẾT QUẢ THỰC HIỆN CHỈ TIÊU"],
      ["Đơn vị báo cáo:", unit],
      ["Kỳ báo cáo:", "6 tháng đầu năm 2026"],
      [],
      [
        "STT",
        "Chỉ tiêu",
        "ĐVT",
        "Thực hiện cùng kỳ năm trước",
        "Kế hoạch năm",
        "Thực hiện kỳ báo cáo",
      ],
      ...rows.map((r, i) => [i + 1, ...r]),
    ],
  };
}

/** Two sheets with known problems: a value that is not one number, and a number typed as text. */
export function exampleSheets(file = WORKBOOK): SheetGrid[] {
  return [
    departmentGrid(file, "Phòng Kinh tế", "Phòng Kinh tế", [
      ["Sản lượng lúa", "tấn", 1790, 3600, "1.820"],
      ["Sản lượng ngô", "tấn", 410, 800, "1.2.3"],
    ]),
    departmentGrid(file, "Xã Hợp Hòa", "UBND xã Hợp Hòa", [
      ["Sản lượng lúa", "tấn", 2100, 4200, 2150],
      ["Sản lượng ngô", "tấn", 300, 650, 320],
    ]),
  ];
}
