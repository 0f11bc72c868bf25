/**
 * The zod every schema is built with: configured before the first schema exists. The built page
 * and its workers run under a Content-Security-Policy without 'unsafe-eval'; zod probes for eval
 * (`new Function('')`) when an object schema is created, to compile a faster parser, and the
 * browser reports that probe as a `securitypolicyviolation` even though zod catches the failure.
 * `jitless` skips the probe. The page never had the compiled parsers (the policy forbids them);
 * in Node they saved 4 % (52 vs 55 ms per parse of a 5 000-VM plan), not worth two behaviours.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
