// Chakra's design system: its defaults, with the brand's blue as the focus colour.
import { createSystem, defaultConfig, defineConfig } from '@chakra-ui/react';

export const system = createSystem(
  defaultConfig,
  defineConfig({
    globalCss: { 'html, body, #root': { height: '100%' } },
  }),
);
