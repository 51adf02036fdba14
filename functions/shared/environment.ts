import * as z from "zod";

const environmentSchema = z.object({
  TABLE_NAME: z.string().min(1),
  /** Set by the local stack and the tests to reach DynamoDB Local; unset in the cloud. */
  DYNAMODB_ENDPOINT: z.url().optional(),
});

export type Environment = z.infer<typeof environmentSchema>;

export const readEnvironment = (source: NodeJS.ProcessEnv = process.env): Environment => {
  const parsed = environmentSchema.safeParse(source);
  if (!parsed.success) throw new Error(`invalid environment: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
};
