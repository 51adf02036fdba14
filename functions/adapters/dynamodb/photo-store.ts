import { DeleteCommand } from "@aws-sdk/lib-dynamodb";
import { notFound } from "../../../domain/errors";
import type { Photo } from "../../../domain/model/photo";
import type { PhotoStore } from "../../../domain/ports/photo-storage";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefix } from "./query-all";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned } from "./versioned-write";

/** A photo that never became ready is of no use after a day: TTL takes the item (its upload object expires too). */
const UNFINISHED_TTL_SECONDS = 24 * 3600;

const photoItem = (photo: Photo) => ({
  ...keys.photo(photo.studioId, photo.clientId, photo.id),
  entity: "photo",
  ...photo,
  ...(photo.status === "ready"
    ? {}
    : { expiresAt: Math.floor(Date.parse(photo.updatedAt) / 1000) + UNFINISHED_TTL_SECONDS }),
});

export const dynamoDbPhotoStore = (ctx: TableContext): PhotoStore => ({
  async get({ studioId, clientId, photoId }) {
    const item = await ctx.get(keys.photo(studioId, clientId, photoId), { consistent: true });
    return item === undefined ? null : toEntity<Photo>(item);
  },

  async listForClient(studioId, clientId) {
    const items = await queryPrefix(ctx, keys.clientPartition(studioId, clientId), keys.photoPrefix);
    return items.map((item) => toEntity<Photo>(item)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  },

  async save(photo) {
    await putVersioned(ctx.client, ctx.tableName, photoItem(photo), {
      notFound: () => notFound("PHOTO.NOT_FOUND", photo.id),
      conflict: concurrentUpdate(`photo ${photo.id}`),
    });
  },

  async remove({ studioId, clientId, photoId }) {
    await ctx.client.send(
      new DeleteCommand({ TableName: ctx.tableName, Key: keys.photo(studioId, clientId, photoId) }),
    );
  },
});
