/**
 * Errors shaped like OfficeExtension.Error, with the codes and English messages Office.js
 * uses, so host code that branches on `error.code` or shows `error.message` is exercised
 * exactly as in Excel.
 */

export type FakeErrorCode =
  | "ApiNotFound"
  | "GeneralException"
  | "InvalidArgument"
  | "InvalidObjectPath"
  | "InvalidOperation"
  | "ItemAlreadyExists"
  | "ItemNotFound"
  | "PropertyNotLoaded"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded"
  | "RunMustReturnPromise"
  | "ValueNotLoaded";

/** The messages Excel (en-US) returns for each code. */
export const OFFICE_MESSAGES: Record<FakeErrorCode, string> = {
  ApiNotFound:
    "The API you are trying to use could not be found. It may be available in a newer version of Excel. See the Excel JavaScript API requirement sets article for more information.",
  GeneralException: "An internal error has occurred while processing the request.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidObjectPath:
    'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
  InvalidOperation: "The operation attempted is invalid on the object.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  RequestPayloadSizeLimitExceeded:
    "The request payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  ResponsePayloadSizeLimitExceeded:
    "The response payload size has exceeded the limit. See the Resource limits and performance optimization for Office Add-ins article for more information.",
  RunMustReturnPromise:
    'The batch function passed to the ".run" method didn\'t return a promise. The function must return a promise, so that any automatically-tracked objects can be released at the completion of the batch operation. Typically, you return a promise by returning the response from "context.sync()".',
  ValueNotLoaded:
    'The value of the result object has not been loaded yet. Before reading the value property, call "context.sync()" on the associated request context.',
};

export interface FakeDebugInfo {
  code: string;
  message: string;
  /** The failing statement, e.g. "Worksheets.getItem" or "Range.values". */
  errorLocation?: string;
  statement?: string;
}

/**
 * Stand-in for OfficeExtension.Error. `instanceof Error` holds too, so generic catch blocks
 * behave as they do with the real class (which also extends Error).
 */
export class FakeOfficeError extends Error {
  override name = "RichApi.Error";
  readonly code: FakeErrorCode;
  readonly debugInfo: FakeDebugInfo;
  readonly traceMessages: string[] = [];
  readonly innerError: Error | null = null;

  constructor(
    code: FakeErrorCode,
    message: string = OFFICE_MESSAGES[code],
    errorLocation?: string,
  ) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, errorLocation };
  }

  /** Set where the failure happened unless the thrower already said. */
  locate(errorLocation: string, statement: string): this {
    if (!this.debugInfo.errorLocation) this.debugInfo.errorLocation = errorLocation;
    if (!this.debugInfo.statement) this.debugInfo.statement = statement;
    return this;
  }
}

export function officeError(
  code: FakeErrorCode,
  message?: string,
  errorLocation?: string,
): FakeOfficeError {
  return new FakeOfficeError(code, message ?? OFFICE_MESSAGES[code], errorLocation);
}

/** The client-side error for reading a property that was not loaded and synced. */
export function propertyNotLoaded(property: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

/** Office.js' OfficeExtension.ErrorCodes / Excel.ErrorCodes subset, camelCase keys as there. */
export const ERROR_CODES = {
  apiNotFound: "ApiNotFound",
  generalException: "GeneralException",
  invalidArgument: "InvalidArgument",
  invalidObjectPath: "InvalidObjectPath",
  invalidOperation: "InvalidOperation",
  itemAlreadyExists: "ItemAlreadyExists",
  itemNotFound: "ItemNotFound",
  propertyNotLoaded: "PropertyNotLoaded",
  requestPayloadSizeLimitExceeded: "RequestPayloadSizeLimitExceeded",
  responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
  runMustReturnPromise: "RunMustReturnPromise",
  valueNotLoaded: "ValueNotLoaded",
} as const;
