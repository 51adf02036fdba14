/** What a photo shows: what the client wants (inspiration, a tattoo's reference) or what the studio did. */
export const PHOTO_KINDS = ["inspiration", "result"] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];

/** Image types a gallery takes, told apart by their first bytes, never by a name or a declared type. */
export const PHOTO_TYPES = ["image/jpeg", "image/png", "image/webp"] as const;
export type PhotoType = (typeof PHOTO_TYPES)[number];

/** The largest upload; the upload URL is signed for the declared size, and processing checks it again. */
export const MAX_PHOTO_BYTES = 10 * 1024 * 1024;

/** Why an upload did not become a photo. */
export type PhotoRejection = "NOT_AN_IMAGE" | "TYPE_MISMATCH" | "TOO_LARGE" | "UNREADABLE";

/**
 * A photo of a client's gallery. `pending` from the upload URL until its upload is processed: `ready` (metadata
 * stripped, thumbnail made) or `rejected`; a pending or rejected photo expires from the table after a day.
 */
export interface Photo {
  id: string;
  studioId: string;
  clientId: string;
  /** A tattoo's references and results belong to its project; null = the client's own gallery. */
  projectId: string | null;
  kind: PhotoKind;
  caption: string;
  status: "pending" | "ready" | "rejected";
  declaredType: PhotoType;
  declaredBytes: number;
  /** Of the stored (re-encoded) original, once ready. */
  width: number | null;
  height: number | null;
  bytes: number | null;
  rejection: PhotoRejection | null;
  createdAt: string;
  updatedAt: string;
  version: number;
}

/** Where a photo's objects live: a client's photos share a prefix, so erasure finds every one of them. */
export interface PhotoRef {
  studioId: string;
  clientId: string;
  photoId: string;
}
