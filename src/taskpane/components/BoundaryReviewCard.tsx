/**
 * The quy đổi of cùng kỳ, shown after Tổng hợp has computed it and, for Tổng hợp, before
 * anything is written: each of today's units and the former units it was made from, units
 * that cannot be compared first. The planner accepts it (the outputs are written) or not.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { BoundaryReview, UnitReview } from "../../core/boundaries/review";
import type { Messages } from "../i18n";
import { cardFrame } from "./cardFrame";

const useStyles = makeStyles({
  root: cardFrame,
  title: { margin: 0 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  unit: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  formers: { color: tokens.colorNeutralForeground2 },
  note: { color: tokens.colorPaletteDarkOrangeForeground1 },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** Beyond this many units the list shows the first few (incomplete ones first). */
const COLLAPSED_OVER = 12;
const FIRST = 8;

export interface BoundaryReviewCardProps {
  t: Messages;
  review: BoundaryReview;
  /** Tổng hợp waits on the answer: the buttons show. */
  pending: boolean;
  onAnswer(accept: boolean): void;
}

export function BoundaryReviewCard(props: BoundaryReviewCardProps): React.JSX.Element {
  const { t, review, pending } = props;
  const styles = useStyles();
  const [all, setAll] = React.useState(false);
  const accept = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    // The answer is what the planner has to give next: the focus goes there.
    if (pending) accept.current?.focus();
  }, [pending]);

  const units = [
    ...review.units.filter((u) => !u.complete),
    ...review.units.filter((u) => u.complete),
  ];
  const complete = review.units.length - review.units.filter((u) => !u.complete).length;
  const collapsed = !all && units.length > COLLAPSED_OVER;
  const shown = collapsed ? units.slice(0, FIRST) : units;

  return (
    <section className={styles.root} aria-label={t.boundaryTitle}>
      <Subtitle2 as="h3" className={styles.title}>
        {t.boundaryTitle}
      </Subtitle2>
      <Body1>
        {t.boundarySummary(units.length, complete, review.formers, review.formersWithSheet)}
      </Body1>
      <Caption1>{t.boundaryScope(review.scope)}</Caption1>
      <ul className={styles.list} aria-label={t.boundaryListLabel}>
        {shown.map((u) => (
          <UnitItem key={u.code} t={t} unit={u} styles={styles} />
        ))}
      </ul>
      {units.length > COLLAPSED_OVER && (
        <div>
          <Button size="small" appearance="secondary" onClick={() => setAll(!all)}>
            {collapsed ? t.boundaryShowAll(units.length) : t.boundaryCollapse}
          </Button>
        </div>
      )}
      {pending && (
        <>
          <MessageBar intent="info">
            <MessageBarBody>{t.boundaryAsk}</MessageBarBody>
          </MessageBar>
          <div className={styles.actions}>
            <Button ref={accept} appearance="primary" onClick={() => props.onAnswer(true)}>
              {t.boundaryAccept}
            </Button>
            <Button appearance="secondary" onClick={() => props.onAnswer(false)}>
              {t.boundaryReject}
            </Button>
          </div>
        </>
      )}
    </section>
  );
}

function UnitItem(props: {
  t: Messages;
  unit: UnitReview;
  styles: ReturnType<typeof useStyles>;
}): React.JSX.Element {
  const { t, unit, styles } = props;
  return (
    <li className={styles.unit}>
      <Body1>
        <strong>{t.boundaryUnit(unit.name, unit.code)}</strong>
      </Body1>
      <Caption1 className={styles.formers}>
        ←{" "}
        {unit.formers
          .map((f) => t.boundaryFormer(f.name, f.code, f.type === "partial", f.share))
          .join(", ")}
      </Caption1>
      {/* What keeps the unit from a comparison; the name each sheet wrote is on the sheet. */}
      {unit.formers
        .filter((f) => f.sheet === null || f.share === null)
        .map((f) => (
          <Caption1 key={f.code} className={styles.note}>
            {f.name}: {f.note}
          </Caption1>
        ))}
    </li>
  );
}
