/**
 * Imported first by main.tsx, before any module defines a schema. zod probes, when it builds an object schema,
 * whether it may compile validators with `new Function`; the CSP forbids eval, so the probe alone would be
 * reported as a violation. Validation without compiled code is plenty fast for the app's forms.
 */
import { z } from 'zod';

z.config({ jitless: true });
