import { expect, it } from 'vitest';
import { renderBadInputDoc } from './bad-input-cases.js';

it('docs/bad-input.md is the table the bad-input test checks', async () => {
  await expect(renderBadInputDoc()).toMatchFileSnapshot('../../docs/bad-input.md');
});
