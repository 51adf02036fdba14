import type { Logger } from "@aws-lambda-powertools/logger";
import type middy from "@middy/core";
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { RebookError } from "../../../domain/errors";
import { statusOf } from "./error-status";
import { jsonResponse } from "./json-response";

/**
 * Maps errors to responses. Below 500 the caller learns the code, message and offending fields;
 * anything unknown is a 500 with a generic body while the log keeps the detail.
 */
export const errorResponseMiddleware = (
  logger: Logger,
): middy.MiddlewareObj<APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2> => ({
  onError: async function respondWithError(request) {
    const { error } = request;
    if (error instanceof RebookError) {
      const status = statusOf[error.code];
      // A neutral refusal keeps its reason from the caller, not from the log (the code budget alarm reads it).
      const reason = error.cause instanceof RebookError ? error.cause.details : {};
      logger.info("request refused", { code: error.code, status, message: error.message, ...reason });
      request.response = jsonResponse(status, {
        error: {
          code: error.code,
          message: error.message,
          ...(error.issues.length > 0 ? { fields: error.issues } : {}),
          ...error.details,
        },
      });
      return;
    }
    logger.error("request failed", { error: error as Error });
    request.response = jsonResponse(500, {
      error: { code: "INTERNAL", message: "Something went wrong on our side" },
    });
  },
});
