/**
 * The issues of the last run: counts by severity at a glance, then grouped by file and sheet,
 * errors first. An issue of a sheet of the open workbook is a button that selects its cell;
 * an issue of a picked file says where it is (file › sheet › cell).
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Issue, Severity } from "../../core/types";
import type { Messages } from "../i18n";
import { SEVERITY_ORDER, countBySeverity, groupIssues } from "../state/issueGroups";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Enough to act on at once; the rest are in the "Kiểm tra" sheet of the result. */
const FIRST_SHOWN = 60;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  groups: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  groupTitle: { overflowWrap: "anywhere" },
  issues: {
    listStyleType: "none",
    margin: 0,
    marginTop: tokens.spacingVerticalXS,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  issue: {
    display: "flex",
    alignItems: "flex-start",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke2}`,
    textAlign: "left",
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteYellowBorder2 },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  issueButton: {
    width: "100%",
    height: "auto",
    minWidth: 0,
    justifyContent: "flex-start",
    textAlign: "left",
    fontWeight: tokens.fontWeightRegular,
    whiteSpace: "normal",
  },
  issueText: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  where: { color: tokens.colorNeutralForeground3 },
});

export interface IssueListProps {
  t: Messages;
  issues: Issue[];
  sheetsRead: number;
  isWorkbookIssue(issue: Issue): boolean;
  onSelect(issue: Issue): void;
}

export function IssueList({
  t,
  issues,
  sheetsRead,
  isWorkbookIssue,
  onSelect,
}: IssueListProps): React.JSX.Element {
  const styles = useStyles();
  const [showAll, setShowAll] = React.useState(false);
  const counts = countBySeverity(issues);
  const groups = groupIssues(issues);

  let budget = showAll ? Infinity : FIRST_SHOWN;
  const shownGroups = groups
    .map((g) => {
      const take = g.issues.slice(0, Math.max(0, budget));
      budget -= take.length;
      return { ...g, shown: take };
    })
    .filter((g) => g.shown.length > 0);
  const hidden = showAll ? 0 : Math.max(0, issues.length - FIRST_SHOWN);

  const where = (issue: Issue): string => {
    const cell =
      issue.cell === null
        ? issue.sheet === null
          ? t.wholeFile
          : t.wholeSheet
        : t.cellLabel(issue.cell);
    if (isWorkbookIssue(issue)) return cell;
    return [
      issue.file,
      issue.sheet,
      issue.cell ?? (issue.sheet === null ? t.wholeFile : t.wholeSheet),
    ]
      .filter((part): part is string => part !== null)
      .join(" › ");
  };

  return (
    <section className={styles.root} aria-label={t.issuesTitle}>
      <Body1Strong as="h3">{t.issuesTitle}</Body1Strong>
      <Caption1>{t.sheetsRead(sheetsRead)}</Caption1>
      <div className={styles.counts} role="group" aria-label={t.issuesCountsLabel}>
        {SEVERITY_ORDER.map((severity) => (
          <Badge
            key={severity}
            appearance={counts[severity] > 0 ? "filled" : "tint"}
            color={BADGE_COLOR[severity]}
            shape="rounded"
          >
            {t.severityCount(counts[severity], severity)}
          </Badge>
        ))}
      </div>

      {issues.length === 0 ? (
        <Body1>{t.noIssues}</Body1>
      ) : (
        <ul className={styles.groups} aria-label={t.issueGroupsLabel}>
          {shownGroups.map((group) => (
            <li key={group.key}>
              <Body1Strong className={styles.groupTitle}>
                {group.sheet === null ? group.file : `${group.file} › ${group.sheet}`}
              </Body1Strong>
              <ul className={styles.issues}>
                {group.shown.map((issue, index) => {
                  const body = (
                    <span className={styles.issueText}>
                      <Caption1 className={styles.where}>
                        {t.severity[issue.severity]} · {where(issue)}
                      </Caption1>
                      <Body1>{issue.message}</Body1>
                    </span>
                  );
                  return (
                    <li
                      key={`${issue.rule}-${issue.cell ?? ""}-${index}`}
                      className={mergeClasses(styles.issue, styles[issue.severity])}
                    >
                      {isWorkbookIssue(issue) ? (
                        <Button
                          appearance="subtle"
                          className={styles.issueButton}
                          title={t.goToCell(issue.sheet ?? "", issue.cell)}
                          onClick={() => onSelect(issue)}
                        >
                          {body}
                        </Button>
                      ) : (
                        body
                      )}
                    </li>
                  );
                })}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {hidden > 0 && (
        <div>
          <Button appearance="secondary" size="small" onClick={() => setShowAll(true)}>
            {t.showAll(issues.length)}
          </Button>
        </div>
      )}
    </section>
  );
}
