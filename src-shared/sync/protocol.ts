/**
 * Wire protocol between a counter and the city system: one import for both sides.
 * Human description: docs/sync-protocol.md; machine description: docs/openapi.yaml.
 */
export * from './protocol-common.js';
export * from './protocol-enrol.js';
export * from './protocol-push.js';
export * from './protocol-pull.js';
export * from './protocol-files.js';
export * from './protocol-admin.js';
