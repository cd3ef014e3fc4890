/**
 * The part of the WebAssembly JS API the Node side names (lib "ES2022" declares none of it; Node has it all): a
 * compiled module, which jieba-wasm's glue instantiates (initSync takes one, or the wasm's bytes).
 */
declare namespace WebAssembly {
  interface Module {
    readonly __compiledWasm?: never;
  }
}
