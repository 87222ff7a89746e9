import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { declareScopePublic } from './access.js';

/** The OpenAPI document, generated from the same zod schemas that validate; browsable at /api/docs. */
export const openApiPlugin = fp(
  async (app: FastifyInstance) => {
    await app.register(swagger, {
      openapi: {
        info: {
          title: 'Alongside API',
          description: 'Session companion for peer-support work. Every route validates with the shared zod schemas.',
          version: '0.1.0',
        },
        components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'alongside_session' } } },
      },
      transform: jsonSchemaTransform,
      transformObject: jsonSchemaTransformObject,
    });
    await app.register(async (docs) => {
      declareScopePublic(docs);
      await docs.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
    });
  },
  { name: 'openapi' },
);
