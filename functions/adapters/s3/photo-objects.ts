import {
  DeleteObjectsCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from "@aws-sdk/client-s3";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { PhotoRef, PhotoType } from "../../../domain/model/photo";
import type { PhotoObjects } from "../../../domain/ports/photo-storage";

/** An upload URL is good for this long: the console uploads right after asking. */
const UPLOAD_URL_SECONDS = 600;

/**
 * Object keys: `uploads/<studio>/<client>/<photo>` (what the console PUTs, processed and deleted by the
 * processing function; the bucket expires leftovers after a day) and `photos/<studio>/<client>/<photo>/…`
 * (processed original and thumbnail). Both are by client, so erasure lists two prefixes.
 */
export const photoKeys = {
  upload: ({ studioId, clientId, photoId }: PhotoRef) => `uploads/${studioId}/${clientId}/${photoId}`,
  uploadsPrefix: "uploads/",
  original: ({ studioId, clientId, photoId }: PhotoRef) =>
    `photos/${studioId}/${clientId}/${photoId}/original`,
  thumbnail: ({ studioId, clientId, photoId }: PhotoRef) =>
    `photos/${studioId}/${clientId}/${photoId}/thumbnail`,
  ofClient: (studioId: string, clientId: string) => [
    `uploads/${studioId}/${clientId}/`,
    `photos/${studioId}/${clientId}/`,
  ],
};

/** The photo an upload's key names; null for a key that is not an upload. */
export const photoRefOfUpload = (key: string): PhotoRef | null => {
  const match = /^uploads\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})\/([A-Za-z0-9_-]{1,64})$/.exec(key);
  return match === null ? null : { studioId: match[1]!, clientId: match[2]!, photoId: match[3]! };
};

/**
 * The S3 client of the gallery. Checksums only where S3 requires them: a presigned PUT must not carry the
 * checksum of an empty body (the browser's body would not match it), and the local S3 server knows none.
 */
export const createS3Client = (endpoint?: string): S3Client =>
  new S3Client({
    requestChecksumCalculation: "WHEN_REQUIRED",
    responseChecksumValidation: "WHEN_REQUIRED",
    ...(endpoint === undefined
      ? {}
      : {
          endpoint,
          forcePathStyle: true,
          region: "local",
          credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
        }),
  });

export const s3PhotoObjects = (s3: S3Client, bucket: string): PhotoObjects => {
  const deleteKeys = async (keys: string[]) => {
    if (keys.length === 0) return;
    await s3.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })) } }),
    );
  };
  const put = (Key: string, body: Uint8Array, type: PhotoType) =>
    s3.send(new PutObjectCommand({ Bucket: bucket, Key, Body: body, ContentType: type }));
  const signedRead = (Key: string, seconds: number) =>
    getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key }), { expiresIn: seconds });
  const expiry = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

  return {
    async uploadUrl(ref, content) {
      const headers = { "content-type": content.type, "content-length": String(content.bytes) };
      const url = await getSignedUrl(
        s3,
        new PutObjectCommand({
          Bucket: bucket,
          Key: photoKeys.upload(ref),
          ContentType: content.type,
          ContentLength: content.bytes,
        }),
        // S3 refuses a PUT whose type or length differs from the signed ones.
        { expiresIn: UPLOAD_URL_SECONDS, signableHeaders: new Set(Object.keys(headers)) },
      );
      return { url, method: "PUT", headers, expiresAt: expiry(UPLOAD_URL_SECONDS) };
    },

    async readUrls(ref, seconds) {
      const [original, thumbnail] = await Promise.all([
        signedRead(photoKeys.original(ref), seconds),
        signedRead(photoKeys.thumbnail(ref), seconds),
      ]);
      return { original, thumbnail, expiresAt: expiry(seconds) };
    },

    async readUpload(ref, maxBytes) {
      try {
        const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: photoKeys.upload(ref) }));
        if ((object.ContentLength ?? 0) > maxBytes) {
          await object.Body?.transformToWebStream().cancel();
          return "too large";
        }
        return (await object.Body?.transformToByteArray()) ?? null;
      } catch (error) {
        if ((error as { name?: string }).name === "NoSuchKey") return null;
        throw error;
      }
    },

    async storeProcessed(ref, photo) {
      await Promise.all([
        put(photoKeys.original(ref), photo.original.bytes, photo.original.type),
        put(photoKeys.thumbnail(ref), photo.thumbnail.bytes, photo.thumbnail.type),
      ]);
    },

    deleteUpload: (ref) => deleteKeys([photoKeys.upload(ref)]),

    deleteProcessed: (ref) => deleteKeys([photoKeys.original(ref), photoKeys.thumbnail(ref)]),

    async deleteAllOfClient(studioId, clientId) {
      for (const prefix of photoKeys.ofClient(studioId, clientId)) {
        let token: string | undefined;
        do {
          const page = await s3.send(
            new ListObjectsV2Command({ Bucket: bucket, Prefix: prefix, ContinuationToken: token }),
          );
          await deleteKeys(
            (page.Contents ?? []).flatMap((object) => (object.Key === undefined ? [] : [object.Key])),
          );
          token = page.NextContinuationToken;
        } while (token !== undefined);
      }
    },
  };
};
