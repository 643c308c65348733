import { applyDecorators } from '@nestjs/common';
import type { INestApplication } from '@nestjs/common';
import { ApiBody, ApiQuery, DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { z } from 'zod';
import { productVersion } from '../app/version';

type JsonSchema = Record<string, unknown>;

/** The zod contract as an OpenAPI schema, so the docs and the validation can never disagree. */
function openApiSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { target: 'openapi-3.0', io: 'input', unrepresentable: 'any' }) as JsonSchema;
}

/** Documents a request body with its zod contract. */
export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return ApiBody({ schema: openApiSchema(schema) });
}

/** Documents each query parameter of a zod object contract. */
export function ApiZodQuery(schema: z.ZodObject): MethodDecorator {
  const properties = (openApiSchema(schema)['properties'] ?? {}) as Record<string, JsonSchema>;
  const required = new Set((openApiSchema(schema)['required'] ?? []) as string[]);
  return applyDecorators(
    ...Object.entries(properties).map(([name, property]) =>
      ApiQuery({ name, required: required.has(name), schema: property }),
    ),
  );
}

/** Serves the OpenAPI document at /api/docs (browsable) and /api/docs/openapi.json. */
export function setupOpenApi(app: INestApplication): void {
  const config = new DocumentBuilder()
    .setTitle('goaltrail API')
    .setDescription(
      'Municipal goal plans recorded as events. Sign in with POST /api/auth/login; the session cookie ' +
        'authorises every other call. Errors share one body: statusCode, error, message, and where it ' +
        'applies issues (400), rule (422) or currentRevision (409).',
    )
    .setVersion(productVersion)
    .addCookieAuth('goaltrail_session')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/openapi.json',
    customSiteTitle: 'goaltrail API',
  });
}
