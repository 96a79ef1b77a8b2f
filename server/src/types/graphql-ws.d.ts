// graphql-ws publishes its server adapters as subpath exports ("graphql-ws/use/ws"), which TypeScript's
// `moduleResolution: node` does not read; Node and jest do. This maps the types to the same file.
declare module 'graphql-ws/use/ws' {
  export * from 'graphql-ws/dist/use/ws';
}
