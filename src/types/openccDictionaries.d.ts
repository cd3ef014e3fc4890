/** opencc-js's dictionaries, one module each: "source replacement" entries joined by |. */
declare module 'opencc-js/dict/*' {
  const entries: string;
  export default entries;
}
