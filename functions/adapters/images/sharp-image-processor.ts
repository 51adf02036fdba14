import sharp, { type Sharp } from "sharp";
import type { PhotoType } from "../../../domain/model/photo";
import type { ImageProcessor } from "../../../domain/ports/photo-storage";

/** More pixels than any camera gives: a small file that decodes to a huge image is refused. */
const MAX_PIXELS = 100_000_000;
const THUMBNAIL_PIXELS = 400;

const encode = (image: Sharp, type: PhotoType): Sharp =>
  type === "image/jpeg"
    ? image.jpeg({ quality: 88, mozjpeg: true })
    : type === "image/png"
      ? image.png({ compressionLevel: 9 })
      : image.webp({ quality: 88 });

/**
 * sharp (libvips): decodes the image, turns it upright by its EXIF orientation, and encodes it again in its own
 * type. sharp writes no metadata unless told to, so EXIF (with GPS), XMP and IPTC stay behind; the thumbnail is
 * a WebP of at most 400 × 400.
 */
export const sharpImageProcessor: ImageProcessor = async (bytes, type) => {
  const upright = sharp(bytes, { limitInputPixels: MAX_PIXELS, failOn: "error" }).rotate();
  const [original, thumbnail] = await Promise.all([
    encode(upright.clone(), type).toBuffer({ resolveWithObject: true }),
    upright
      .clone()
      .resize(THUMBNAIL_PIXELS, THUMBNAIL_PIXELS, { fit: "inside", withoutEnlargement: true })
      .webp({ quality: 80 })
      .toBuffer(),
  ]);
  return {
    original: { bytes: original.data, type, width: original.info.width, height: original.info.height },
    thumbnail: { bytes: thumbnail, type: "image/webp" },
  };
};
