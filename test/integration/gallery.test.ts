import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { processPhotoUpload } from "../../domain/gallery/process-photo-upload";
import { sharpImageProcessor } from "../../functions/adapters/images/sharp-image-processor";
import { type ApiHarness, aStudio, createApiHarness } from "../support/api-harness";

/** A photo as a phone takes it: EXIF with the camera, a copyright note and where it was taken. */
const phonePhoto = () =>
  sharp({ create: { width: 640, height: 480, channels: 3, background: { r: 200, g: 60, b: 40 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: "PhoneMaker", Copyright: "Maarten at home" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "52/1 22/1 12/1",
        GPSLongitudeRef: "E",
        GPSLongitude: "4/1 53/1 0/1",
      },
    })
    .toBuffer();

describe("client gallery: upload, processing, signed reads, erasure", () => {
  let api: ApiHarness;
  let clientId: string;
  const studio = () => api.as("studio-a");
  const process = () => processPhotoUpload(api.deps, sharpImageProcessor);

  /** Asks for an upload URL and PUTs the bytes to the local S3 server, as the console does. */
  const upload = async (
    bytes: Buffer,
    declared: { contentType: string; bytes?: number },
    ofClient = clientId,
  ) => {
    const started = await studio().post(`/clients/${ofClient}/photos`, {
      kind: "inspiration",
      caption: "koi, left arm",
      contentType: declared.contentType,
      bytes: declared.bytes ?? bytes.length,
    });
    expect(started.status).toBe(201);
    const put = await fetch(started.body.upload.url, {
      method: "PUT",
      body: new Uint8Array(bytes),
      headers: started.body.upload.headers,
    });
    expect(put.status).toBe(200);
    return { photoId: started.body.photo.id as string, upload: started.body.upload };
  };
  const objectsOf = async (ofClient: string) =>
    (
      await Promise.all(
        ["uploads", "photos"].map((area) =>
          api.s3.send(
            new ListObjectsV2Command({ Bucket: api.bucket, Prefix: `${area}/studio-a/${ofClient}/` }),
          ),
        ),
      )
    ).flatMap((listing) => (listing.Contents ?? []).map((object) => object.Key));

  beforeAll(async () => {
    api = await createApiHarness();
    await api.addStudio(aStudio("studio-a"));
    clientId = (await studio().post("/clients", { firstName: "Maarten", lastName: "Visser" })).body.id;
  });

  it("signs the upload URL for exactly the declared type and size", async () => {
    const started = await studio().post(`/clients/${clientId}/photos`, {
      kind: "result",
      contentType: "image/png",
      bytes: 2048,
    });
    const signed = new URL(started.body.upload.url).searchParams.get("X-Amz-SignedHeaders")?.split(";");

    expect(started.body.photo).toMatchObject({ status: "pending", declaredType: "image/png" });
    expect(started.body.upload).toMatchObject({
      method: "PUT",
      headers: { "content-type": "image/png", "content-length": "2048" },
    });
    expect(signed).toEqual(expect.arrayContaining(["content-type", "content-length"]));
  });

  it("refuses types other than JPEG, PNG and WebP, and more than 10 MB, naming the field", async () => {
    const responses = await Promise.all([
      studio().post(`/clients/${clientId}/photos`, {
        kind: "result",
        contentType: "image/svg+xml",
        bytes: 10,
      }),
      studio().post(`/clients/${clientId}/photos`, {
        kind: "result",
        contentType: "image/jpeg",
        bytes: 10 * 1024 * 1024 + 1,
      }),
    ]);

    expect(responses.map((response) => response.status)).toEqual([400, 400]);
    expect(responses.map((response) => response.body.error.fields[0].field)).toEqual([
      "contentType",
      "bytes",
    ]);
  });

  it("stores the photo upright without EXIF or GPS, with a thumbnail, readable through short-lived URLs", async () => {
    const original = await phonePhoto();
    expect((await sharp(original).metadata()).exif).toBeDefined();
    const { photoId } = await upload(original, { contentType: "image/jpeg" });

    const outcome = await process()({ studioId: "studio-a", clientId, photoId });
    const gallery = await studio().get(`/clients/${clientId}/photos`);
    const photo = gallery.body.find((entry: { id: string }) => entry.id === photoId);
    const stored = Buffer.from(await (await fetch(photo.urls.original)).arrayBuffer());
    const thumbnail = Buffer.from(await (await fetch(photo.urls.thumbnail)).arrayBuffer());
    const storedMetadata = await sharp(stored).metadata();

    expect(outcome).toBe("ready");
    expect(photo).toMatchObject({ status: "ready", width: 640, height: 480, bytes: stored.length });
    expect(storedMetadata).toMatchObject({ format: "jpeg", width: 640, height: 480 });
    expect(storedMetadata.exif).toBeUndefined();
    expect(storedMetadata.xmp).toBeUndefined();
    expect(stored.includes("PhoneMaker")).toBe(false);
    expect(await sharp(thumbnail).metadata()).toMatchObject({ format: "webp", width: 400, height: 300 });
    expect(new URL(photo.urls.original).searchParams.get("X-Amz-Expires")).toBe("300");
    expect(await objectsOf(clientId)).not.toContainEqual(expect.stringMatching(/^uploads\//));
  });

  it("refuses a spoofed type and bytes that are no image, and keeps neither", async () => {
    const jpeg = await phonePhoto();
    const asPng = await upload(jpeg, { contentType: "image/png" });
    const html = await upload(Buffer.from("<html><script>alert(1)</script></html>"), {
      contentType: "image/jpeg",
    });

    const outcomes = await Promise.all(
      [asPng, html].map(({ photoId }) => process()({ studioId: "studio-a", clientId, photoId })),
    );
    const gallery = await studio().get(`/clients/${clientId}/photos`);

    expect(outcomes).toEqual(["TYPE_MISMATCH", "NOT_AN_IMAGE"]);
    for (const { photoId } of [asPng, html]) {
      expect(gallery.body.find((entry: { id: string }) => entry.id === photoId)).toMatchObject({
        status: "rejected",
        urls: null,
      });
      expect(await objectsOf(clientId)).not.toContainEqual(expect.stringContaining(photoId));
    }
  });

  it("keeps a project's references together", async () => {
    const projectId = (await studio().post("/projects", { clientId, title: "Koi sleeve" })).body.id;
    const started = await studio().post(`/clients/${clientId}/photos`, {
      kind: "inspiration",
      projectId,
      contentType: "image/webp",
      bytes: 100,
    });

    const ofProject = await studio().get(`/clients/${clientId}/photos?projectId=${projectId}`);
    const otherClient = (await studio().post("/clients", { firstName: "Eva", lastName: "Smit" })).body.id;
    const foreign = await studio().post(`/clients/${otherClient}/photos`, {
      kind: "inspiration",
      projectId,
      contentType: "image/webp",
      bytes: 100,
    });

    expect(ofProject.body.map((photo: { id: string }) => photo.id)).toEqual([started.body.photo.id]);
    expect(foreign.status).toBe(404);
  });

  it("exports the photos with links and erases every object and item of the client", async () => {
    const exported = await studio().get(`/clients/${clientId}/export`);
    const late = await upload(await phonePhoto(), { contentType: "image/jpeg" });

    const erased = await studio().delete(`/clients/${clientId}`);
    const lateOutcome = await process()({ studioId: "studio-a", clientId, photoId: late.photoId });
    const gallery = await studio().get(`/clients/${clientId}/photos`);

    const ready = exported.body.photos.filter((photo: { status: string }) => photo.status === "ready");
    expect(ready).toHaveLength(1);
    expect(new URL(ready[0].urls.original).searchParams.get("X-Amz-Expires")).toBe("3600");
    expect(erased.status).toBe(204);
    expect(lateOutcome).toBe("no photo");
    expect(gallery.body).toEqual([]);
    expect(await objectsOf(clientId)).toEqual([]);
  });
});
