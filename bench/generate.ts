/** The generated bench plans live with the test helpers so unit tests can use them too. */
export { generatePlan, THIRDS, type FrequencyMix } from '@/test/generated-plans';
