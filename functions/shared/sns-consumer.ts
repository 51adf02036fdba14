import type { Logger } from "@aws-lambda-powertools/logger";
import type { SNSEvent } from "aws-lambda";
import * as z from "zod/mini";
import { RebookError } from "../../domain/errors";

const parseMessage = <S extends z.ZodMiniType>(schema: S, text: string) => {
  try {
    return z.safeParse(schema, JSON.parse(text));
  } catch (error) {
    return { success: false as const, error };
  }
};

/**
 * A Lambda subscribed to an SNS topic, one message at a time. A malformed message and a permanent domain
 * error (e.g. a client that does not exist) are dropped with a log line: retrying cannot help them. Any
 * other error propagates, so Lambda retries the event and finally dead-letters it.
 */
export const snsConsumer =
  <S extends z.ZodMiniType>(
    logger: Logger,
    schema: S,
    consume: (message: z.output<S>, publishedAt: string) => Promise<void>,
  ) =>
  async (event: SNSEvent): Promise<void> => {
    for (const { Sns } of event.Records) {
      const parsed = parseMessage(schema, Sns.Message);
      if (!parsed.success) {
        logger.error("dropped a malformed message", {
          messageId: Sns.MessageId,
          error: parsed.error as Error,
        });
        continue;
      }
      try {
        await consume(parsed.data, Sns.Timestamp);
      } catch (error) {
        if (!(error instanceof RebookError)) throw error;
        logger.warn("dropped a message refused by the domain", {
          messageId: Sns.MessageId,
          code: error.code,
        });
      }
    }
  };
