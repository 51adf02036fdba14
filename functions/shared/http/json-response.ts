import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";

export const jsonResponse = (statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 =>
  statusCode === 204
    ? { statusCode }
    : { statusCode, headers: { "content-type": "application/json" }, body: JSON.stringify(body) };

export const htmlResponse = (statusCode: number, page: string): APIGatewayProxyStructuredResultV2 => ({
  statusCode,
  headers: { "content-type": "text/html; charset=utf-8" },
  body: page,
});
