/**
 * The text a planner is shown for a failure, as the pane and the batch worker both word it:
 * the host's own Vietnamese message first, then the error's, then the fallback.
 */
export function errorMessage(error: unknown, fallback: string): string {
  if (typeof error === "object" && error !== null) {
    const user = (error as { userMessage?: unknown }).userMessage;
    if (typeof user === "string" && user !== "") return user;
    const message = (error as { message?: unknown }).message;
    if (typeof message === "string" && message !== "") return message;
  }
  if (typeof error === "string" && error !== "") return error;
  return fallback;
}
