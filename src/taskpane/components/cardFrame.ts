/** The framed card the pane's result panels sit in (the quy đổi, the submission status). */
import { tokens } from "@fluentui/react-components";

export const cardFrame = {
  display: "flex",
  flexDirection: "column",
  rowGap: tokens.spacingVerticalS,
  padding: tokens.spacingHorizontalM,
  borderRadius: tokens.borderRadiusMedium,
  border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  backgroundColor: tokens.colorNeutralBackground1,
} as const;
