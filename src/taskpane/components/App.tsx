/**
 * The task pane's first page: the product name and its three steps. It knows nothing of
 * Office: whatever a step does arrives as a function in `actions`, so the same component
 * serves Excel and, later, the standalone page.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";

export type StepId = "check" | "consolidate" | "report";

/** What a step's button runs; a rejected promise is shown to the user as an error. */
export type StepAction = () => void | Promise<void>;

export interface AppProps {
  /** Where the pane runs: decides whether a notice about the missing Excel connection shows. */
  host: "excel" | "outside-office";
  /** The work behind each step; a step without one shows its button disabled. */
  actions?: Partial<Record<StepId, StepAction>>;
}

interface Step {
  id: StepId;
  title: string;
  description: string;
  button: string;
}

export const STEPS: readonly Step[] = [
  {
    id: "check",
    title: "Kiểm tra",
    description:
      "Rà soát biểu chỉ tiêu của các phòng, ban, xã: thiếu số liệu, sai đơn vị tính, số ghi dạng chữ, tỷ lệ tính sai.",
    button: "Bắt đầu kiểm tra",
  },
  {
    id: "consolidate",
    title: "Tổng hợp",
    description:
      "Cộng các biểu thành bảng tổng hợp, so sánh với cùng kỳ năm trước và kế hoạch năm, ghi rõ nguồn của từng số.",
    button: "Lập bảng tổng hợp",
  },
  {
    id: "report",
    title: "Báo cáo",
    description:
      "Dự thảo phần lời của báo cáo theo thể thức Nghị định 30/2020/NĐ-CP, sẵn sàng dán vào Word.",
    button: "Dự thảo báo cáo",
  },
];

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    backgroundColor: tokens.colorNeutralBackground2,
    minHeight: "100vh",
    boxSizing: "border-box",
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  productName: {
    color: tokens.colorBrandForeground1,
  },
  steps: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  stepNumber: {
    color: tokens.colorNeutralForeground3,
  },
  stepTitle: {
    margin: 0,
  },
  footer: {
    color: tokens.colorNeutralForeground3,
  },
});

function errorText(error: unknown): string {
  if (error instanceof Error && error.message !== "") return error.message;
  return "Đã xảy ra lỗi không xác định.";
}

export default function App({ host, actions = {} }: AppProps): React.JSX.Element {
  const styles = useStyles();
  const [running, setRunning] = React.useState<StepId | null>(null);
  const [failure, setFailure] = React.useState<{ step: string; message: string } | null>(null);

  const run = async (step: Step, action: StepAction): Promise<void> => {
    setRunning(step.id);
    setFailure(null);
    try {
      await action();
    } catch (error) {
      setFailure({ step: step.title, message: errorText(error) });
    } finally {
      setRunning(null);
    }
  };

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title2 as="h1" className={styles.productName}>
          TongHop
        </Title2>
        <Body1>Kiểm tra, tổng hợp biểu chỉ tiêu và dự thảo báo cáo.</Body1>
      </header>

      {host === "outside-office" && (
        <MessageBar intent="warning">
          <MessageBarBody>
            <MessageBarTitle>Chưa kết nối với Excel.</MessageBarTitle>
            Hãy mở TongHop bằng nút Tổng hợp báo cáo trên thẻ Trang đầu (Home) của Excel.
          </MessageBarBody>
        </MessageBar>
      )}

      {failure !== null && (
        <MessageBar intent="error">
          <MessageBarBody>
            <MessageBarTitle>Bước {failure.step} chưa hoàn thành.</MessageBarTitle>
            {failure.message}
          </MessageBarBody>
        </MessageBar>
      )}

      <ol className={styles.steps} aria-label="Các bước">
        {STEPS.map((step, index) => {
          const action = actions[step.id];
          return (
            <li key={step.id}>
              <Card className={styles.card}>
                <Caption1 className={styles.stepNumber}>Bước {index + 1}</Caption1>
                <Subtitle2 as="h2" className={styles.stepTitle}>
                  {step.title}
                </Subtitle2>
                <Body1>{step.description}</Body1>
                <Button
                  appearance={index === 0 ? "primary" : "secondary"}
                  disabled={action === undefined || running !== null}
                  onClick={action === undefined ? undefined : () => void run(step, action)}
                >
                  {running === step.id ? "Đang thực hiện…" : step.button}
                </Button>
              </Card>
            </li>
          );
        })}
      </ol>

      <Caption1 className={styles.footer}>
        Dữ liệu được xử lý ngay trên máy này, không gửi đi đâu.
      </Caption1>
    </main>
  );
}
