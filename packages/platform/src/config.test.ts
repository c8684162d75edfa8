import { ConfigurationError, readServiceConfig, readSubgraphConfig } from './config.js';

describe('configuration', () => {
  it('applies the documented defaults: loopback, the service port, info logs', () => {
    expect(readServiceConfig({}, 4002)).toEqual({ host: '127.0.0.1', port: 4002, logLevel: 'info' });
  });

  it('requires DATABASE_URL for a subgraph started alone, naming the variable', () => {
    expect(() => readSubgraphConfig({}, 4001)).toThrow(new ConfigurationError('DATABASE_URL is required'));
  });

  it.each([
    [{ PORT: 'eighty' }, /PORT must be an integer from 0 to 65535/],
    [{ PORT: '70000' }, /PORT must be an integer/],
    [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL must be one of/],
  ])('refuses %j with a message that says what is accepted', (env, message) => {
    expect(() => readServiceConfig(env, 4000)).toThrow(message);
  });

  it('refuses a DATABASE_URL that is not a URL', () => {
    expect(() => readSubgraphConfig({ DATABASE_URL: 'localhost:5432' }, 4001)).toThrow(
      /DATABASE_URL must be a URL starting with postgres:\/\/ or postgresql:\/\//,
    );
  });
});
