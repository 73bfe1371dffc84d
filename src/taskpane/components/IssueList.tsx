/**
 * The issues of the last run, usable at a province's scale (150 communes, ~3 000 issues):
 * counts by severity at a glance, filters by severity / unit / kind and a search, then the
 * issues grouped by reporting unit, errors first, with the first few of each unit shown.
 * The list is one Tab stop: arrow keys, Home and End move inside it (roving tabindex), so the
 * planner tabs past 3 000 issues in one press. An issue of a sheet of the open workbook is a
 * button that selects its cell; an issue of a picked file says where it is (file › sheet › cell).
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Body1Strong,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { findRule } from "../../core/validate/registry";
import type { Issue, Severity } from "../../core/types";
import type { Messages } from "../i18n";
import {
  NO_FILTER,
  SEVERITY_ORDER,
  countBySeverity,
  filterIssues,
  groupByUnit,
  tally,
  unitOf,
  type IssueFilter,
} from "../state/issueGroups";

const BADGE_COLOR: Record<Severity, "danger" | "warning" | "informative"> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** Up to this many issues everything is shown; beyond it, the first few of each unit. */
const SHOW_ALL_UP_TO = 100;
const FIRST_PER_UNIT = 5;
const FIRST_UNITS = 40;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  filters: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(130px, 1fr))",
    gap: tokens.spacingHorizontalS,
  },
  groups: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
  },
  groupHead: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    margin: 0,
    overflowWrap: "anywhere",
  },
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
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
    },
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
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalXXS },
});

export interface IssueListProps {
  t: Messages;
  issues: Issue[];
  sheetsRead: number;
  /** Reporting unit of each sheet read (PaneState.issueUnits). */
  units?: Readonly<Record<string, string>>;
  isWorkbookIssue(issue: Issue): boolean;
  onSelect(issue: Issue): void;
}

/** A short name for a kind of issue: its rule's description up to the first colon. */
function ruleLabel(rule: string): string {
  const description = findRule(rule)?.description;
  if (description === undefined) return rule;
  return description.split(/[:.]/)[0].trim() || rule;
}

/** Moves focus among the list's items with the arrow keys; Tab leaves the list. */
function useRovingFocus(container: React.RefObject<HTMLElement | null>) {
  const [current, setCurrent] = React.useState<string | null>(null);
  const items = () =>
    Array.from(container.current?.querySelectorAll<HTMLElement>("[data-nav]") ?? []);
  const onKeyDown = (event: React.KeyboardEvent<HTMLElement>) => {
    const all = items();
    const at = all.findIndex((el) => el === document.activeElement);
    if (at < 0) return;
    let next = at;
    if (event.key === "ArrowDown") next = Math.min(all.length - 1, at + 1);
    else if (event.key === "ArrowUp") next = Math.max(0, at - 1);
    else if (event.key === "Home") next = 0;
    else if (event.key === "End") next = all.length - 1;
    else return;
    event.preventDefault();
    const target = all[next];
    setCurrent(target.dataset.nav ?? null);
    target.focus();
  };
  const onFocus = (event: React.FocusEvent<HTMLElement>) => {
    const key = (event.target as HTMLElement).dataset?.nav;
    if (key !== undefined) setCurrent(key);
  };
  return { current, setCurrent, onKeyDown, onFocus };
}

export function IssueList({
  t,
  issues,
  sheetsRead,
  units = {},
  isWorkbookIssue,
  onSelect,
}: IssueListProps): React.JSX.Element {
  const styles = useStyles();
  const [filter, setFilter] = React.useState<IssueFilter>(NO_FILTER);
  const [openUnits, setOpenUnits] = React.useState<ReadonlySet<string>>(new Set());
  const [unitsShown, setUnitsShown] = React.useState(FIRST_UNITS);
  const listRef = React.useRef<HTMLUListElement>(null);
  const roving = useRovingFocus(listRef);

  const counts = countBySeverity(issues);
  const unitChoices = React.useMemo(
    () => tally(issues.map((i) => unitOf(i, units))),
    [issues, units],
  );
  const ruleChoices = React.useMemo(() => tally(issues.map((i) => i.rule)), [issues]);
  const shown = React.useMemo(() => filterIssues(issues, filter, units), [issues, filter, units]);
  const groups = React.useMemo(() => groupByUnit(shown, units), [shown, units]);
  const everything = shown.length <= SHOW_ALL_UP_TO;
  const visibleGroups = everything ? groups : groups.slice(0, unitsShown);

  const where = (issue: Issue): string => {
    const cell =
      issue.cell === null
        ? issue.sheet === null
          ? t.wholeFile
          : t.wholeSheet
        : t.cellLabel(issue.cell);
    if (isWorkbookIssue(issue)) return issue.sheet === null ? cell : `${issue.sheet} › ${cell}`;
    return [
      issue.file,
      issue.sheet,
      issue.cell ?? (issue.sheet === null ? t.wholeFile : t.wholeSheet),
    ]
      .filter((part): part is string => part !== null)
      .join(" › ");
  };

  // The one item that takes Tab: the last one the planner was on, else the first.
  const navKeys: string[] = [];
  const navKey = (key: string) => {
    navKeys.push(key);
    return key;
  };

  const rows = visibleGroups.map((group) => {
    const open = everything || openUnits.has(group.unit);
    const list = open ? group.issues : group.issues.slice(0, FIRST_PER_UNIT);
    return { group, list, hidden: group.issues.length - list.length };
  });
  // Keys first, so the first item is known before any is drawn.
  for (const row of rows) {
    row.list.forEach((_issue, i) => navKey(`${row.group.unit}\u0000${i}`));
    if (row.hidden > 0) navKey(`${row.group.unit}\u0000more`);
  }
  const hiddenUnits = groups.length - visibleGroups.length;
  if (hiddenUnits > 0) navKey("\u0000units");
  const active =
    roving.current !== null && navKeys.includes(roving.current) ? roving.current : navKeys[0];
  const tabIndexFor = (key: string) => (key === active ? 0 : -1);

  const setPart = (patch: Partial<IssueFilter>) => setFilter({ ...filter, ...patch });

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
        <>
          <div className={styles.filters} role="group" aria-label={t.issueFiltersLabel}>
            <Field label={t.filterSeverity} size="small">
              <Select
                size="small"
                value={filter.severity ?? ""}
                onChange={(_e, data) =>
                  setPart({ severity: data.value === "" ? null : (data.value as Severity) })
                }
              >
                <option value="">{t.filterAll}</option>
                {SEVERITY_ORDER.filter((s) => counts[s] > 0).map((s) => (
                  <option key={s} value={s}>
                    {t.severityCount(counts[s], s)}
                  </option>
                ))}
              </Select>
            </Field>
            {unitChoices.length > 1 && (
              <Field label={t.filterUnit} size="small">
                <Select
                  size="small"
                  value={filter.unit ?? ""}
                  onChange={(_e, data) => setPart({ unit: data.value === "" ? null : data.value })}
                >
                  <option value="">{t.filterAll}</option>
                  {unitChoices.map((u) => (
                    <option key={u.value} value={u.value}>
                      {u.value} ({u.count})
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {ruleChoices.length > 1 && (
              <Field label={t.filterRule} size="small">
                <Select
                  size="small"
                  value={filter.rule ?? ""}
                  onChange={(_e, data) => setPart({ rule: data.value === "" ? null : data.value })}
                >
                  <option value="">{t.filterAll}</option>
                  {ruleChoices.map((r) => (
                    <option key={r.value} value={r.value}>
                      {ruleLabel(r.value)} ({r.count})
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            <Field label={t.filterSearch} size="small">
              <Input
                size="small"
                type="search"
                value={filter.query}
                onChange={(_e, data) => setPart({ query: data.value })}
              />
            </Field>
          </div>
          <Caption1 role="status">{t.issuesShown(shown.length, issues.length)}</Caption1>
          {shown.length === 0 ? (
            <Body1>{t.noMatchingIssues}</Body1>
          ) : (
            <ul
              ref={listRef}
              className={styles.groups}
              aria-label={t.issueGroupsLabel}
              aria-describedby={undefined}
              onKeyDown={roving.onKeyDown}
              onFocus={roving.onFocus}
            >
              {rows.map(({ group, list, hidden }) => (
                <li key={group.unit}>
                  <Body1Strong as="h4" className={styles.groupHead}>
                    {group.unit}
                    <Caption1 className={styles.where}>
                      {t.unitIssueCount(group.issues.length)}
                      {group.counts.error > 0 &&
                        ` · ${t.severityCount(group.counts.error, "error")}`}
                    </Caption1>
                  </Body1Strong>
                  <ul className={styles.issues}>
                    {list.map((issue, index) => {
                      const key = `${group.unit}\u0000${index}`;
                      const body = (
                        <span className={styles.issueText}>
                          <Caption1 className={styles.where}>
                            {t.severity[issue.severity]} · {where(issue)}
                          </Caption1>
                          <Body1>{issue.message}</Body1>
                        </span>
                      );
                      const selectable = isWorkbookIssue(issue);
                      return (
                        <li
                          key={`${issue.rule}-${issue.cell ?? ""}-${index}`}
                          className={mergeClasses(styles.issue, styles[issue.severity])}
                          data-nav={selectable ? undefined : key}
                          tabIndex={selectable ? undefined : tabIndexFor(key)}
                        >
                          {selectable ? (
                            <Button
                              appearance="subtle"
                              className={styles.issueButton}
                              title={t.goToCell(issue.sheet ?? "", issue.cell)}
                              data-nav={key}
                              tabIndex={tabIndexFor(key)}
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
                  {hidden > 0 && (
                    <Button
                      className={styles.more}
                      appearance="secondary"
                      size="small"
                      data-nav={`${group.unit}\u0000more`}
                      tabIndex={tabIndexFor(`${group.unit}\u0000more`)}
                      onClick={() => {
                        // The focused button goes away: keep the keyboard on this unit's next issue.
                        roving.setCurrent(`${group.unit}\u0000${FIRST_PER_UNIT}`);
                        setOpenUnits(new Set([...openUnits, group.unit]));
                        const next = `${group.unit}\u0000${FIRST_PER_UNIT}`;
                        requestAnimationFrame(() => {
                          const items =
                            listRef.current?.querySelectorAll<HTMLElement>("[data-nav]");
                          Array.from(items ?? [])
                            .find((el) => el.dataset.nav === next)
                            ?.focus();
                        });
                      }}
                    >
                      {t.moreInGroup(hidden)}
                    </Button>
                  )}
                </li>
              ))}
              {hiddenUnits > 0 && (
                <li>
                  <Button
                    appearance="secondary"
                    size="small"
                    data-nav={"\u0000units"}
                    tabIndex={tabIndexFor("\u0000units")}
                    onClick={() => setUnitsShown(unitsShown + FIRST_UNITS)}
                  >
                    {t.moreUnits(hiddenUnits)}
                  </Button>
                </li>
              )}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
