/** The corrections schema compiled by ajv at build time (scripts/correctionsValidator.mjs). */
declare module 'virtual:corrections-validator' {
  import type { ErrorObject } from 'ajv';
  const validate: ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };
  export default validate;
}
