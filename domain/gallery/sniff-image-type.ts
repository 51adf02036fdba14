import type { PhotoType } from "../model/photo";

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0): boolean =>
  signature.every((byte, index) => bytes[offset + index] === byte);

const ascii = (text: string): number[] => [...text].map((char) => char.charCodeAt(0));

/**
 * The image type the bytes are, from their magic numbers (JPEG `FF D8 FF`, PNG's 8-byte signature, WebP's
 * `RIFF….WEBP`); null for anything else, whatever its name or declared type. HEIC is not taken: the image
 * library's prebuilt binaries cannot decode it, and browsers hand a photo library's pictures over as JPEG.
 */
export const sniffImageType = (bytes: Uint8Array): PhotoType | null => {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x89, ...ascii("PNG"), 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, ascii("RIFF")) && startsWith(bytes, ascii("WEBP"), 8)) return "image/webp";
  return null;
};
