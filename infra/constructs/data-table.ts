import { RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, Billing, ProjectionType, TableEncryptionV2, TableV2 } from "aws-cdk-lib/aws-dynamodb";
import { Construct } from "constructs";
import { type IndexDefinition, rebookTable } from "../../functions/adapters/dynamodb/table-schema";

const projectionOf = ({ projection }: IndexDefinition) =>
  projection === "all"
    ? { projectionType: ProjectionType.ALL }
    : projection === "keys"
      ? { projectionType: ProjectionType.KEYS_ONLY }
      : { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...projection] };

/**
 * Rebook's single table, built from the shared table schema so DynamoDB Local and the cloud share keys,
 * indexes and TTL. It holds studio data: it outlives the stack and cannot be deleted by accident.
 */
export class DataTable extends Construct {
  readonly table: TableV2;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.table = new TableV2(this, "Table", {
      partitionKey: { name: rebookTable.partitionKey, type: AttributeType.STRING },
      sortKey: { name: rebookTable.sortKey, type: AttributeType.STRING },
      timeToLiveAttribute: rebookTable.timeToLiveAttribute,
      globalSecondaryIndexes: rebookTable.indexes.map((index) => ({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        ...projectionOf(index),
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryptionV2.awsManagedKey(),
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
