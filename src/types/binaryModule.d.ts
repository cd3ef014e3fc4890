/** esbuild's binary loader (scripts/build.mjs) turns an imported .bin file into its bytes. */
declare module '*.bin' {
  const bytes: Uint8Array;
  export default bytes;
}
