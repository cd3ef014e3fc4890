/** esbuild's text loader (scripts/build.mjs) turns an imported .tsv file into its text. */
declare module '*.tsv' {
  const text: string;
  export default text;
}
