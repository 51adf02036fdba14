import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import { notFound } from "../../../domain/errors";
import type { StaffAccount } from "../../../domain/model/staff-account";
import type { StaffAccountStore } from "../../../domain/ports/staff-account-store";
import { emailTaken } from "../../../domain/staff-accounts/staff-account-rules";
import { refusedAt, withConditionAs } from "./conditional-failure";
import { toEntity } from "./item-codec";
import { keys } from "./keys";
import { queryPrefixPage } from "./query-all";
import type { TableContext } from "./table-context";
import { concurrentUpdate, putVersioned, type TransactItem, versionedPut } from "./versioned-write";

const accountItem = (account: StaffAccount) => ({
  ...keys.staffAccount(account.studioId, account.id),
  entity: "staff-account",
  ...account,
});

/**
 * A new account with its address's claim, as transaction items: the claim's condition is the second item,
 * so a refusal there means the address is taken. Studio openings write these beside the studio.
 */
export const newAccountItems = (ctx: TableContext, account: StaffAccount): TransactItem[] => [
  versionedPut(ctx.tableName, accountItem(account)),
  {
    Put: {
      TableName: ctx.tableName,
      Item: {
        ...keys.accountEmail(ctx.addressHash("email", account.email)),
        entity: "account-email",
        studioId: account.studioId,
        accountId: account.id,
      },
      ConditionExpression: "attribute_not_exists(pk)",
    },
  },
];

export const dynamoDbStaffAccountStore = (ctx: TableContext): StaffAccountStore => {
  const get = async (studioId: string, accountId: string, consistent = false) => {
    const item = await ctx.get(keys.staffAccount(studioId, accountId), { consistent });
    return item === undefined ? null : toEntity<StaffAccount>(item);
  };

  return {
    get: (studioId, accountId) => get(studioId, accountId),

    async findByEmail(email) {
      const claim = await ctx.get(keys.accountEmail(ctx.addressHash("email", email)), { consistent: true });
      return claim === undefined ? null : get(claim.studioId as string, claim.accountId as string, true);
    },

    async list(studioId, page) {
      const result = await queryPrefixPage(
        ctx,
        keys.studioPartition(studioId),
        keys.staffAccountPrefix,
        page,
      );
      return {
        items: result.items.map((item) => toEntity<StaffAccount>(item)),
        nextCursor: result.nextCursor,
      };
    },

    async save(account) {
      const conflict = concurrentUpdate(`account ${account.id}`);
      if (account.version > 1) {
        await putVersioned(ctx.client, ctx.tableName, accountItem(account), {
          notFound: () => notFound("ACCOUNT.NOT_FOUND", account.id),
          conflict,
        });
        return;
      }
      await withConditionAs(
        () => ctx.client.send(new TransactWriteCommand({ TransactItems: newAccountItems(ctx, account) })),
        (error) => (refusedAt(error, 1) ? emailTaken() : conflict()),
      );
    },

    async remove(account) {
      await withConditionAs(
        () =>
          ctx.client.send(
            new TransactWriteCommand({
              TransactItems: [
                {
                  Delete: {
                    TableName: ctx.tableName,
                    Key: keys.staffAccount(account.studioId, account.id),
                    ConditionExpression: "version = :version",
                    ExpressionAttributeValues: { ":version": account.version },
                  },
                },
                {
                  Delete: {
                    TableName: ctx.tableName,
                    Key: keys.accountEmail(ctx.addressHash("email", account.email)),
                  },
                },
              ],
            }),
          ),
        concurrentUpdate(`account ${account.id}`),
      );
    },
  };
};
