/**
 * Where the figures come from: sheets of the open workbook (Excel only), .xlsx files picked
 * or dropped, last year's files for comparisons, and the Danh sách đơn vị (with its Hạn nộp)
 * that what came in is tracked against.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  Checkbox,
  Field,
  Input,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Messages } from "../i18n";
import { toPickedFile } from "../pickedFiles";
import { isWorkbookName } from "../state/fileNames";
import type { PaneController, PaneState, PickedFile } from "../state/paneController";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  title: { margin: 0 },
  fieldset: {
    border: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground2,
  },
  dropZone: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  dropActive: {
    border: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  hint: { color: tokens.colorNeutralForeground3 },
  hiddenInput: {
    // Visually hidden but present, so the buttons above can open it and tests can fill it.
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    opacity: 0,
  },
  fileList: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
  },
  fileItem: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    justifyContent: "space-between",
  },
  fileName: { overflowWrap: "anywhere", minWidth: 0 },
  fileActions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** Beyond this many picked files the list shows the first few and a way to see them all. */
const FILES_COLLAPSED_OVER = 8;
const FILES_FIRST = 5;

function sizeText(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1).replace(".", ",")} MB`
    : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export interface SourcesCardProps {
  t: Messages;
  state: PaneState;
  controller: PaneController;
}

export function SourcesCard({ t, state, controller }: SourcesCardProps): React.JSX.Element {
  const styles = useStyles();
  const filesInput = React.useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = React.useState(false);
  const [allFiles, setAllFiles] = React.useState(false);
  const pickButton = React.useRef<HTMLButtonElement>(null);
  const fileList = React.useRef<HTMLUListElement>(null);
  const busy = state.running !== null;
  const collapsed = !allFiles && state.files.length > FILES_COLLAPSED_OVER;
  const shownFiles = collapsed ? state.files.slice(0, FILES_FIRST) : state.files;

  // The removed file's button is gone: the focus goes to the file now in its place (or the
  // one before it, or the pick button), never back to the top of the page.
  const removeAt = (index: number, id: string) => {
    controller.removeFile(id);
    requestAnimationFrame(() => {
      const buttons = fileList.current?.querySelectorAll<HTMLButtonElement>("[data-remove]");
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? pickButton.current)?.focus();
    });
  };

  const accept = (list: FileList | null): PickedFile[] => {
    const all = Array.from(list ?? []);
    const rejected = all.filter((f) => !isWorkbookName(f.name)).map((f) => f.name);
    if (rejected.length > 0) controller.showNotice(t.notXlsx(rejected));
    return all.filter((f) => isWorkbookName(f.name)).map(toPickedFile);
  };

  const onDrop = (event: React.DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    if (busy) return;
    controller.addFiles(accept(event.dataTransfer.files));
  };

  return (
    <Card className={styles.card}>
      <Subtitle2 as="h2" className={styles.title}>
        {t.sourcesTitle}
      </Subtitle2>

      {state.workbookSheets.length > 0 && (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>
            <Body1>{t.workbookSheetsLabel}</Body1>
          </legend>
          <div>
            <Button
              size="small"
              appearance="secondary"
              disabled={busy}
              onClick={() =>
                controller.chooseAllSheets(state.chosenSheets.length < state.workbookSheets.length)
              }
            >
              {state.chosenSheets.length < state.workbookSheets.length
                ? t.chooseAllSheets
                : t.clearSheets}
            </Button>
          </div>
          {state.workbookSheets.map((sheet) => (
            <Checkbox
              key={sheet.name}
              label={sheet.name}
              checked={state.chosenSheets.includes(sheet.name)}
              disabled={busy}
              onChange={(_e, data) => controller.toggleSheet(sheet.name, data.checked === true)}
            />
          ))}
        </fieldset>
      )}

      <div
        role="group"
        aria-label={t.dropZoneLabel}
        className={mergeClasses(styles.dropZone, dragging && styles.dropActive)}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Button
          ref={pickButton}
          appearance="secondary"
          disabled={busy}
          onClick={() => filesInput.current?.click()}
        >
          {t.pickFiles}
        </Button>
        <Caption1 className={styles.hint}>{t.dropHint}</Caption1>
        <input
          ref={filesInput}
          className={styles.hiddenInput}
          type="file"
          multiple
          accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={t.pickFilesInputLabel}
          tabIndex={-1}
          onChange={(event) => {
            controller.addFiles(accept(event.currentTarget.files));
            // Lets the same file be picked again after it was removed.
            event.currentTarget.value = "";
          }}
        />
      </div>

      {state.files.length > 0 && (
        <ul ref={fileList} className={styles.fileList} aria-label={t.pickedFilesLabel}>
          {shownFiles.map((file, index) => (
            <li key={file.id} className={styles.fileItem}>
              <Body1 className={styles.fileName}>
                {file.name} <Caption1 className={styles.hint}>({sizeText(file.size)})</Caption1>
              </Body1>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.removeFile(file.name)}
                data-remove=""
                disabled={busy}
                onClick={() => removeAt(index, file.id)}
              >
                {t.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      {state.files.length > 1 && (
        <div className={styles.fileActions}>
          {state.files.length > FILES_COLLAPSED_OVER && (
            <Button size="small" appearance="secondary" onClick={() => setAllFiles(!allFiles)}>
              {collapsed ? t.showAllFiles(state.files.length) : t.collapseFiles}
            </Button>
          )}
          <Button
            size="small"
            appearance="secondary"
            disabled={busy}
            onClick={() => {
              controller.removeAllFiles();
              requestAnimationFrame(() => pickButton.current?.focus());
            }}
          >
            {t.removeAllFiles}
          </Button>
        </div>
      )}

      <PreviousFilesSection
        styles={styles}
        t={t}
        files={state.previousFiles}
        busy={busy}
        onPick={(list) => controller.addPreviousFiles(accept(list))}
        onRemove={(id) => controller.removePreviousFile(id)}
      />
      <SingleFileSection
        styles={styles}
        title={t.unitListTitle}
        hint={t.unitListHint}
        file={state.unitListFile}
        busy={busy}
        pickLabel={t.pickUnitList}
        inputLabel={t.pickUnitListInputLabel}
        removeLabel={t.removeUnitList}
        remove={t.remove}
        onPick={(list) => {
          const [first] = accept(list);
          if (first !== undefined) controller.setUnitList(first);
        }}
        onRemove={() => controller.removeUnitList()}
      >
        {state.unitListFile !== null && (
          <DeadlineField t={t} state={state} controller={controller} busy={busy} />
        )}
      </SingleFileSection>
      <SingleFileSection
        styles={styles}
        title={t.catalogTitle}
        hint={
          state.catalogFile === null && state.workbookCatalogSheet !== null
            ? t.catalogFromWorkbook(state.workbookCatalogSheet)
            : t.catalogHint
        }
        file={state.catalogFile}
        busy={busy}
        pickLabel={t.pickCatalog}
        inputLabel={t.pickCatalogInputLabel}
        removeLabel={t.removeCatalog}
        remove={t.remove}
        onPick={(list) => {
          const [first] = accept(list);
          if (first !== undefined) controller.setCatalog(first);
        }}
        onRemove={() => controller.setCatalog(null)}
      />
      <div>
        <Button
          appearance="secondary"
          size="small"
          disabled={busy}
          onClick={() => void controller.downloadTemplate()}
        >
          {t.blankTemplate}
        </Button>
      </div>
    </Card>
  );
}

interface PreviousFilesSectionProps {
  styles: ReturnType<typeof useStyles>;
  t: Messages;
  files: PickedFile[];
  busy: boolean;
  onPick(list: FileList | null): void;
  onRemove(id: string): void;
}

/**
 * Last year's files, several allowed as on the command line: the consolidated workbook, or the
 * former units' sheets of before 1/7/2025 with a Bảng quy đổi.
 */
function PreviousFilesSection(props: PreviousFilesSectionProps): React.JSX.Element {
  const { styles, t, files, busy } = props;
  const input = React.useRef<HTMLInputElement>(null);
  const pick = React.useRef<HTMLButtonElement>(null);
  const list = React.useRef<HTMLUListElement>(null);
  const removeAt = (index: number, id: string) => {
    props.onRemove(id);
    requestAnimationFrame(() => {
      const buttons = list.current?.querySelectorAll<HTMLButtonElement>("[data-remove]");
      const next = buttons?.[Math.min(index, buttons.length - 1)];
      (next ?? pick.current)?.focus();
    });
  };
  return (
    <div className={styles.section}>
      <Body1>{t.previousTitle}</Body1>
      <Caption1 className={styles.hint}>{t.previousHint}</Caption1>
      <div>
        <Button
          ref={pick}
          appearance="secondary"
          disabled={busy}
          onClick={() => input.current?.click()}
        >
          {t.pickPrevious}
        </Button>
      </div>
      {files.length > 0 && (
        <ul ref={list} className={styles.fileList} aria-label={t.previousFilesLabel}>
          {files.map((file, index) => (
            <li key={file.id} className={styles.fileItem}>
              <Body1 className={styles.fileName}>{file.name}</Body1>
              <Button
                size="small"
                appearance="subtle"
                aria-label={t.removePrevious(file.name)}
                data-remove=""
                disabled={busy}
                onClick={() => removeAt(index, file.id)}
              >
                {t.remove}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        multiple
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={t.pickPreviousInputLabel}
        tabIndex={-1}
        onChange={(event) => {
          props.onPick(event.currentTarget.files);
          event.currentTarget.value = "";
        }}
      />
    </div>
  );
}

interface SingleFileSectionProps {
  styles: ReturnType<typeof useStyles>;
  title: string;
  hint: string;
  file: PickedFile | null;
  busy: boolean;
  pickLabel: string;
  inputLabel: string;
  removeLabel: string;
  remove: string;
  onPick(list: FileList | null): void;
  onRemove(): void;
  /** What goes with the file once picked (the list's Hạn nộp). */
  children?: React.ReactNode;
}

/** One optional workbook (the catalog, the list of units): pick it, see it, remove it. */
function SingleFileSection(props: SingleFileSectionProps): React.JSX.Element {
  const { styles, file, busy } = props;
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={styles.section}>
      <Body1>{props.title}</Body1>
      <Caption1 className={styles.hint}>{props.hint}</Caption1>
      {file === null ? (
        <div>
          <Button appearance="secondary" disabled={busy} onClick={() => input.current?.click()}>
            {props.pickLabel}
          </Button>
        </div>
      ) : (
        <div className={styles.fileItem}>
          <Body1 className={styles.fileName}>{file.name}</Body1>
          <Button
            size="small"
            appearance="subtle"
            aria-label={props.removeLabel}
            disabled={busy}
            onClick={props.onRemove}
          >
            {props.remove}
          </Button>
        </div>
      )}
      <input
        ref={input}
        className={styles.hiddenInput}
        type="file"
        accept=".xlsx,.xlsm,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        aria-label={props.inputLabel}
        tabIndex={-1}
        onChange={(event) => {
          props.onPick(event.currentTarget.files);
          event.currentTarget.value = "";
        }}
      />
      {props.children}
    </div>
  );
}

/**
 * Hạn nộp, read as `--deadline` is. Its refusal shows once the planner leaves the field (not
 * at every keystroke of a date half typed) and again if a job is started with it.
 */
function DeadlineField(props: {
  t: Messages;
  state: PaneState;
  controller: PaneController;
  busy: boolean;
}): React.JSX.Element {
  const { t, state, controller } = props;
  const [left, setLeft] = React.useState(false);
  const problem = left ? controller.deadlineProblem() : null;
  return (
    <Field
      label={t.deadlineLabel}
      hint={t.deadlineHint}
      validationState={problem !== null ? "error" : "none"}
      validationMessage={problem ?? undefined}
    >
      <Input
        value={state.deadlineText}
        placeholder="dd/mm/yyyy"
        inputMode="numeric"
        disabled={props.busy}
        onChange={(_e, data) => controller.setDeadline(data.value)}
        onBlur={() => setLeft(true)}
      />
    </Field>
  );
}
