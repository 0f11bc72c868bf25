/**
 * The generated bench plans live with the test helpers so unit tests can use them too. Imported by
 * a relative path: `npm run bench` runs these bench files against an older checkout's `@/`.
 */
export { generatePlan, THIRDS, type FrequencyMix } from '../src/test/generated-plans';
