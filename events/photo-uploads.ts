import * as z from "zod";

/** The S3 notification of the gallery bucket's `uploads/` prefix (ObjectCreated), as S3 hands it to Lambda. */
export const photoUploadEventSchema = z.object({
  Records: z.array(
    z.object({
      eventName: z.string(),
      s3: z.object({ object: z.object({ key: z.string().min(1) }) }),
    }),
  ),
});

export type PhotoUploadEvent = z.infer<typeof photoUploadEventSchema>;

/** The prefix the console's uploads land under, and the notification filters on. */
export const PHOTO_UPLOADS_PREFIX = "uploads/";
