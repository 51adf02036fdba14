import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { BatchWriteCommand, ScanCommand } from "@aws-sdk/lib-dynamodb";
import { createRebookTable } from "./functions/adapters/dynamodb/create-table";
import { createDocumentClient } from "./functions/adapters/dynamodb/document-client";
import { startDynamoDbLocal } from "./functions/local/dynamodb-local";
const N = Number(process.argv[2] ?? 60000);
const T = "probe-table";
process.env.JAVA_TOOL_OPTIONS = "-XX:-TieredCompilation";
const ddb = await startDynamoDbLocal();
try {
  const low = new DynamoDBClient({ endpoint: ddb.endpoint, region: "local", credentials: { accessKeyId: "local", secretAccessKey: "local" } });
  await createRebookTable(low, T);
  const doc = createDocumentClient(ddb.endpoint);
  let t = performance.now();
  let next = 0;
  const pad = "x".repeat(600);
  const writer = async () => { while (next < N) { const s = next; next = Math.min(N, next + 25);
    let r: any[] = Array.from({ length: next - s }, (_, o) => ({ PutRequest: { Item: { pk: `C#${s + o}`, sk: "RHYTHM#hair", entity: "rhythm", pad, reviewAt: `2026-${String(1 + ((s + o) % 12)).padStart(2, "0")}-01`, dueShard: `DUE#${(s + o) % 8}` } } }));
    while (r.length) { const res = await doc.send(new BatchWriteCommand({ RequestItems: { [T]: r } })); r = (res.UnprocessedItems?.[T] ?? []) as any; } } };
  await Promise.all(Array.from({ length: 12 }, writer));
  console.log("load", N, ((performance.now() - t) / 1000).toFixed(1), "s");
  for (const [label, extra] of [["limit 1000", { Limit: 1000 }], ["seg 4", { TotalSegments: 4 }], ["no limit", {}]] as const) {
    t = performance.now();
    const segs = "TotalSegments" in extra ? extra.TotalSegments : 1;
    let read = 0;
    await Promise.all(Array.from({ length: segs }, async (_, seg) => {
      let key: any; let pages = 0; let last = performance.now();
      do { const p = await doc.send(new ScanCommand({ TableName: T, ExclusiveStartKey: key, FilterExpression: "reviewAt <= :n", ExpressionAttributeValues: { ":n": "2026-01-15" }, ...extra, ...(segs > 1 ? { Segment: seg } : { TotalSegments: undefined }) })); key = p.LastEvaluatedKey; pages++; read += p.ScannedCount ?? 0;
        if (pages % 10 === 1) console.log(label, "seg", seg, "page", pages, p.ScannedCount, ((performance.now() - last) / 1000).toFixed(2)); last = performance.now(); } while (key);
    }));
    console.log(label, "scan", ((performance.now() - t) / 1000).toFixed(1), "s read", read);
  }
} finally { await ddb.stop(); }
