/** The settings a planner gives once and keeps: who issues the report, who signs, who gets it. */
import * as React from "react";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Field,
  Input,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ReportSettings } from "../../core/types";
import type { Messages } from "../i18n";
import { settingsFromForm, settingsToForm, type SettingsForm } from "../state/settingsForm";

const useStyles = makeStyles({
  form: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    paddingBottom: tokens.spacingVerticalM,
  },
});

export interface SettingsPanelProps {
  t: Messages;
  settings: ReportSettings;
  disabled: boolean;
  onSave(settings: ReportSettings): void;
}

export function SettingsPanel({
  t,
  settings,
  disabled,
  onSave,
}: SettingsPanelProps): React.JSX.Element {
  const styles = useStyles();
  const [form, setFormState] = React.useState<SettingsForm>(() => settingsToForm(settings));
  // What the planner typed is theirs until saved: settings loaded from the host after the
  // first render fill the form only while it is untouched.
  const edited = React.useRef(false);
  const setForm = (next: SettingsForm) => {
    edited.current = true;
    setFormState(next);
  };
  React.useEffect(() => {
    if (!edited.current) setFormState(settingsToForm(settings));
  }, [settings]);
  const parsed = settingsFromForm(form, settings);
  const labels = t.settingsFields;

  // A bare "ỦY BAN NHÂN DÂN" heads every commune's report alike: ask for the name.
  const bareIssuingBody = form.issuingBody.trim().toUpperCase() === "ỦY BAN NHÂN DÂN";
  const text = (key: keyof SettingsForm, multiline = false) => (
    <Field
      label={labels[key]}
      hint={key === "issuingBody" && !bareIssuingBody ? t.issuingBodyHint : undefined}
      validationState={key === "issuingBody" && bareIssuingBody ? "warning" : undefined}
      validationMessage={
        key === "yoyThreshold" && parsed === null
          ? t.yoyThresholdInvalid
          : key === "issuingBody" && bareIssuingBody
            ? t.issuingBodyBare
            : undefined
      }
    >
      {multiline ? (
        <Textarea
          value={form[key]}
          resize="vertical"
          onChange={(_e, data) => setForm({ ...form, [key]: data.value })}
        />
      ) : (
        <Input
          value={form[key]}
          inputMode={key === "yoyThreshold" ? "decimal" : undefined}
          onChange={(_e, data) => setForm({ ...form, [key]: data.value })}
        />
      )}
    </Field>
  );

  return (
    <Accordion collapsible>
      <AccordionItem value="settings">
        <AccordionHeader as="h2">{t.settingsTitle}</AccordionHeader>
        <AccordionPanel>
          <form
            className={styles.form}
            aria-label={t.settingsTitle}
            onSubmit={(event) => {
              event.preventDefault();
              if (parsed !== null) {
                edited.current = false;
                onSave(parsed);
              }
            }}
          >
            {text("issuingBody")}
            {text("parentBody")}
            {text("bodyAbbreviation")}
            {text("place")}
            {text("signerTitles", true)}
            {text("signerName")}
            {text("recipients", true)}
            {text("yoyThreshold")}
            <div>
              <Button type="submit" appearance="primary" disabled={disabled || parsed === null}>
                {t.settingsSave}
              </Button>
            </div>
          </form>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
