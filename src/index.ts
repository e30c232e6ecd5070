/**
 * plan-servicii-sociale: the Romanian annual action plan for social services (Ordinul MMJS
 * 1086/2018) as typed, validated data.
 *
 * @packageDocumentation
 */
export * from './plan/index.js';
