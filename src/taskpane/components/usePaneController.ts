/** Binds one PaneController to a component tree for its lifetime. */
import * as React from "react";
import type { PaneHost } from "../host";
import type { Messages } from "../i18n";
import { defaultDeps } from "../state/defaultDeps";
import { PaneController, type ControllerDeps, type PaneState } from "../state/paneController";

export function usePaneController(
  host: PaneHost,
  t: Messages,
  deps?: Partial<ControllerDeps>,
): { controller: PaneController; state: PaneState } {
  const [controller] = React.useState(
    () => new PaneController(host, t, { ...defaultDeps, ...deps }),
  );
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState);
  React.useEffect(() => {
    void controller.init();
  }, [controller]);
  return { controller, state };
}
