import { describe, expect, it } from 'vitest';
import { isSecretLookingKey } from '../../src/bundle/secrets.js';

describe('isSecretLookingKey: whole words, not substrings', () => {
  it.each(['API_KEY', 'AUTH_TOKEN', 'GITHUB_TOKEN', 'DB_PASSWORD', 'PASSWD', 'AWS_SECRET_ACCESS_KEY', 'githubToken', 'apiKey', 'APIKEY', 'SSH-KEYS', 'my.secret', 'CREDENTIALS', 'AUTH'])('%s is secret-looking', (key) => {
    expect(isSecretLookingKey(key)).toBe(true);
  });

  it.each(['AUTHOR', 'AUTHORS_FILE', 'MONKEY', 'KEYBOARD_LAYOUT', 'TOKENIZER_PATH', 'SECRETARY', 'PASSAGE', 'HOME', 'DONKEY_KONG'])('%s is not', (key) => {
    expect(isSecretLookingKey(key)).toBe(false);
  });
});
