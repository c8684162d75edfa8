export * from './caller.js';
export * from './client-credentials.js';
export * from './gateway-secret.js';
export * from './identity-contract.js';
export * from './token-verifier.js';
