/** Reference: the machine's own limit for a Fastify route that validates the same body with the same schema. */
import Fastify from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { roadmapRequestSchema } from '../src/domain/roadmap.js';

const app = Fastify().withTypeProvider<ZodTypeProvider>();
app.setValidatorCompiler(validatorCompiler);
app.setSerializerCompiler(serializerCompiler);
app.post('/v1/roadmaps', { schema: { body: roadmapRequestSchema } }, async (_req, reply) => reply.status(202).send({ ok: true }));
const address = await app.listen({ port: 0, host: '127.0.0.1' });
process.send?.({ url: address });
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
