/**
 * Charts for the strict fake: worksheet.charts.add(type, sourceData, seriesBy) (ExcelApi 1.1)
 * and what the host sets on a chart: title.text, legend.visible, setPosition(start, end?)
 * (1.1), axes.categoryAxis.reversePlotOrder (1.7). As elsewhere, every call is queued and
 * changes the document at sync; a chart over a range of another sheet, an unknown chart type
 * or a bad anchor fails as Excel fails it. Tests read FakeSheetState.charts.
 */
import { FakeClientObject } from "./clientObject";
import type { FakeRequestContext } from "./context";
import { officeError } from "./errors";
import { formatRect, parseAddress } from "./grid";
import { isSetSupported, type Batch } from "./runtime";
import type { FakeSheetState } from "./workbookState";

export interface FakeChartState {
  type: string;
  /** The source range, e.g. "M40:N47". */
  source: string;
  seriesBy: string;
  title: string | null;
  legendVisible: boolean;
  reversedCategories: boolean;
  /** setPosition's anchors, e.g. ["M50", "T70"]. */
  position: [string, string | null] | null;
}

const CHART_TYPES = ["BarClustered", "ColumnClustered", "Line", "Pie"];

interface RangeLike {
  _resolve(batch: Batch): { sheet: FakeSheetState; rect: import("./grid").Rect } | null;
}

abstract class ChartPart extends FakeClientObject<FakeChartState> {
  constructor(
    context: FakeRequestContext,
    path: string,
    protected readonly chart: FakeChart,
  ) {
    super(context, path);
  }
  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _locate(batch: Batch): FakeChartState {
    return this.chart._state(batch);
  }
  protected _readScalar(): unknown {
    return undefined;
  }
}

export class FakeChartTitle extends ChartPart {
  readonly _className = "ChartTitle";
  set text(value: string) {
    this._setProp("text", value, {
      run: (args, batch) => this._onTarget(batch, "text", (c) => void (c.title = String(args))),
    });
  }
}

export class FakeChartLegend extends ChartPart {
  readonly _className = "ChartLegend";
  set visible(value: boolean) {
    this._setProp("visible", value, {
      run: (args, batch) =>
        this._onTarget(batch, "visible", (c) => void (c.legendVisible = args === true)),
    });
  }
}

export class FakeChartAxis extends ChartPart {
  readonly _className = "ChartAxis";
  set reversePlotOrder(value: boolean) {
    this._setProp("reversePlotOrder", value, {
      requires: "1.7",
      run: (args, batch) =>
        this._onTarget(
          batch,
          "reversePlotOrder",
          (c) => void (c.reversedCategories = args === true),
        ),
    });
  }
}

export class FakeChart extends FakeClientObject<FakeChartState> {
  readonly _className = "Chart";
  /** Set by the add() operation when it runs. */
  _made: FakeChartState | null = null;
  readonly title: FakeChartTitle;
  readonly legend: FakeChartLegend;
  readonly axes: { categoryAxis: FakeChartAxis };

  constructor(context: FakeRequestContext, path: string) {
    super(context, path);
    this.title = new FakeChartTitle(context, `${path}.title`, this);
    this.legend = new FakeChartLegend(context, `${path}.legend`, this);
    this.axes = { categoryAxis: new FakeChartAxis(context, `${path}.axes.categoryAxis`, this) };
  }

  _state(_batch: Batch): FakeChartState {
    if (this._made === null) throw officeError("InvalidObjectPath");
    return this._made;
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _locate(batch: Batch): FakeChartState {
    return this._state(batch);
  }
  protected _readScalar(): unknown {
    return undefined;
  }

  setPosition(startCell: string, endCell?: string): void {
    this._method("setPosition", [startCell, endCell ?? null], {
      run: (_a, batch) =>
        this._onTarget(batch, "setPosition()", (c) => {
          if (!parseAddress(startCell) || (endCell !== undefined && !parseAddress(endCell)))
            throw officeError("InvalidArgument");
          c.position = [startCell, endCell ?? null];
        }),
    });
  }
}

export class FakeChartCollection extends FakeClientObject<FakeSheetState> {
  readonly _className = "ChartCollection";

  constructor(
    context: FakeRequestContext,
    path: string,
    private readonly sheetOf: (batch: Batch) => FakeSheetState | null,
  ) {
    super(context, path);
  }

  protected _scalarNames(): readonly string[] {
    return [];
  }
  protected _locate(batch: Batch): FakeSheetState | null {
    return this.sheetOf(batch);
  }
  protected _readScalar(): unknown {
    return undefined;
  }

  add(type: string, sourceData: RangeLike, seriesBy = "Auto"): FakeChart {
    const chart = new FakeChart(this.context, `${this._path}.add(${JSON.stringify(type)})`);
    this._method("add", [type, seriesBy], {
      run: (_a, batch) => {
        if (!isSetSupported(batch.state, "ExcelApi", "1.1")) throw officeError("ApiNotFound");
        if (!CHART_TYPES.includes(type)) throw officeError("InvalidArgument");
        const sheet = this._resolve(batch);
        const source = sourceData._resolve(batch);
        if (sheet === null || source === null) throw officeError("InvalidArgument");
        if (source.sheet !== sheet) throw officeError("InvalidArgument");
        const made: FakeChartState = {
          type,
          source: formatRect(source.rect),
          seriesBy,
          title: null,
          legendVisible: true,
          reversedCategories: false,
          position: null,
        };
        sheet.charts.push(made);
        chart._made = made;
      },
    });
    return chart;
  }
}
