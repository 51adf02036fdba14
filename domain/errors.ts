/** Dotted error codes survive process boundaries; the HTTP layer maps them to statuses in one table. */
export type ErrorCode =
  | "VALIDATION.FAILED"
  | "AUTH.UNAUTHORIZED"
  | "AUTH.FORBIDDEN"
  | "STUDIO.NOT_FOUND"
  | "STUDIO.HANDLE_TAKEN"
  | "ACCOUNT.NOT_FOUND"
  | "ACCOUNT.EMAIL_TAKEN"
  | "ACCOUNT.OWNER_PROTECTED"
  | "CLIENT.NOT_FOUND"
  | "BLOCK.NOT_FOUND"
  | "CLIENT.ERASED"
  | "CLIENT.BLACKLISTED"
  | "CLIENT.DUPLICATE"
  | "GROUP.NOT_FOUND"
  | "GROUP.IN_USE"
  | "PHOTO.NOT_FOUND"
  | "PROMOTION.NOT_FOUND"
  | "PROMOTION.CODE_TAKEN"
  | "PROMOTION.LIMIT_REACHED"
  | "PROMOTION.NOT_APPLICABLE"
  | "CATEGORY.NOT_FOUND"
  | "SERVICE.NOT_FOUND"
  | "STAFF.NOT_FOUND"
  | "APPOINTMENT.NOT_FOUND"
  | "APPOINTMENT.SLOT_TAKEN"
  | "APPOINTMENT.INVALID_TRANSITION"
  | "APPOINTMENT.NOT_STARTED"
  | "APPOINTMENT.NOT_LATE"
  | "APPOINTMENT.OUTSIDE_WORKING_HOURS"
  | "PROJECT.NOT_FOUND"
  | "WAITLIST.NOT_FOUND"
  | "DEPOSIT.NOT_FOUND"
  | "DEPOSIT.INVALID_TRANSITION"
  | "PAYMENT.SIGNATURE_INVALID"
  | "PROJECT.INVALID_TRANSITION"
  | "ROUTE.NOT_FOUND"
  | "MESSAGE.NOT_FOUND"
  | "MESSAGE.REJECTED"
  | "UNSUBSCRIBE.INVALID_TOKEN"
  | "BOOKING.NOT_AVAILABLE"
  | "BOOKING.CALL_STUDIO"
  | "BOOKING.HOLD_LAPSED"
  | "BOOKING.TERMS_CHANGED"
  | "VERIFICATION.WRONG_CODE"
  | "VERIFICATION.ENDED"
  | "VERIFICATION.COOLDOWN"
  | "VERIFICATION.REQUIRED"
  | "RATE.LIMITED"
  | "REQUEST.TOO_LARGE"
  | "CONCURRENT_UPDATE";

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `body.phone` or `path.clientId`. */
  field: string;
  message: string;
}

export class RebookError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  /** Facts the caller can act on, e.g. the id of the card that already holds a phone number. */
  readonly details: Record<string, string>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { issues?: FieldIssue[]; details?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "RebookError";
    this.code = code;
    this.issues = options.issues ?? [];
    this.details = options.details ?? {};
  }
}

export const validationError = (field: string, message: string): RebookError =>
  new RebookError("VALIDATION.FAILED", `${field}: ${message}`, { issues: [{ field, message }] });

export const notFound = (code: Extract<ErrorCode, `${string}.NOT_FOUND`>, id: string): RebookError =>
  new RebookError(code, `${code.split(".")[0]!.toLowerCase()} ${id} not found`);
