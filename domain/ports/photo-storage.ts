import type { Photo, PhotoRef, PhotoType } from "../model/photo";

/** The gallery's items in the table: in the client's partition. */
export interface PhotoStore {
  get(ref: PhotoRef): Promise<Photo | null>;
  /** The client's photos, oldest first. */
  listForClient(studioId: string, clientId: string): Promise<Photo[]>;
  /** Stores the photo at its version (CONCURRENT_UPDATE otherwise; PHOTO.NOT_FOUND when it is gone). */
  save(photo: Photo): Promise<void>;
  remove(ref: PhotoRef): Promise<void>;
}

/** A signed URL the console uploads one photo with: a PUT of exactly the declared type and size. */
export interface UploadUrl {
  url: string;
  method: "PUT";
  /** The headers the PUT must send: they are part of the signature. */
  headers: Record<string, string>;
  expiresAt: string;
}

export interface ReadUrls {
  original: string;
  thumbnail: string;
  expiresAt: string;
}

export interface ProcessedPhoto {
  original: { bytes: Uint8Array; type: PhotoType; width: number; height: number };
  thumbnail: { bytes: Uint8Array; type: PhotoType };
}

/**
 * The photos' objects (S3): uploads waiting to be processed, and processed originals with their thumbnails.
 * Signed URLs are signed at the storage's own time, which is what it checks them against.
 */
export interface PhotoObjects {
  uploadUrl(ref: PhotoRef, content: { type: PhotoType; bytes: number }): Promise<UploadUrl>;
  /** Short-lived signed reads of a ready photo. */
  readUrls(ref: PhotoRef, seconds: number): Promise<ReadUrls>;
  /** The upload's bytes, at most `maxBytes` (more: "too large"); null when it is gone. */
  readUpload(ref: PhotoRef, maxBytes: number): Promise<Uint8Array | "too large" | null>;
  storeProcessed(ref: PhotoRef, photo: ProcessedPhoto): Promise<void>;
  deleteUpload(ref: PhotoRef): Promise<void>;
  /** The processed original and thumbnail. */
  deleteProcessed(ref: PhotoRef): Promise<void>;
  /** Every object of the client: uploads and processed photos (GDPR erasure). */
  deleteAllOfClient(studioId: string, clientId: string): Promise<void>;
}

/** Re-encodes an image: orientation applied, every metadata block (EXIF, GPS, XMP, IPTC) left out, a thumbnail. */
export type ImageProcessor = (bytes: Uint8Array, type: PhotoType) => Promise<ProcessedPhoto>;
