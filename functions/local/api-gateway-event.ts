import { randomUUID } from "node:crypto";
import type { APIGatewayProxyEventV2 } from "aws-lambda";

export interface LocalRequest {
  method: string;
  rawPath: string;
  routeKey: string;
  pathParameters: Record<string, string>;
  query: URLSearchParams;
  body: string | undefined;
  headers: Record<string, string>;
  /** Claims of a verified token, as API Gateway's JWT authorizer passes them on. */
  claims: Record<string, string> | null;
  /** The caller's address; 127.0.0.1 when left out. */
  sourceIp?: string;
}

/** Shapes a local HTTP request like API Gateway's HTTP API (payload format 2.0) hands it to Lambda. */
export const toApiGatewayEvent = (request: LocalRequest): APIGatewayProxyEventV2 => {
  const now = new Date();
  return {
    version: "2.0",
    routeKey: request.routeKey,
    rawPath: request.rawPath,
    rawQueryString: request.query.toString(),
    headers: request.headers,
    queryStringParameters: request.query.size === 0 ? undefined : Object.fromEntries(request.query),
    pathParameters: Object.keys(request.pathParameters).length === 0 ? undefined : request.pathParameters,
    body: request.body,
    isBase64Encoded: false,
    requestContext: {
      accountId: "local",
      apiId: "local",
      domainName: "localhost",
      domainPrefix: "localhost",
      http: {
        method: request.method,
        path: request.rawPath,
        protocol: "HTTP/1.1",
        sourceIp: request.sourceIp ?? "127.0.0.1",
        userAgent: request.headers["user-agent"] ?? "",
      },
      requestId: randomUUID(),
      routeKey: request.routeKey,
      stage: "$default",
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
      ...(request.claims === null ? {} : { authorizer: { jwt: { claims: request.claims, scopes: [] } } }),
    },
  } as APIGatewayProxyEventV2;
};
