// JSON shown readably: indented, in a scrollable block, and collapsed to its first lines when long.
import { Box, Button, Stack, Text } from '@chakra-ui/react';
import { useId, useState } from 'react';
import { previewJson } from '../format.ts';

export function JsonBlock({ label, value }: { label: string; value: unknown }) {
  const [expanded, setExpanded] = useState(false);
  const id = useId();
  const { text, preview, lineCount } = previewJson(value);
  const collapsed = preview !== undefined && !expanded;
  return (
    <Stack gap="1" minW="0">
      <Text fontSize="xs" fontWeight="semibold" color="fg.muted" id={`${id}-label`}>
        {label}
      </Text>
      <Box
        as="pre"
        id={id}
        role="group"
        aria-labelledby={`${id}-label`}
        tabIndex={0}
        fontFamily="mono"
        fontSize="xs"
        bg="bg.muted"
        borderRadius="md"
        p="2"
        overflow="auto"
        maxH={expanded ? '96' : undefined}
        whiteSpace="pre"
      >
        {collapsed ? preview : text}
      </Box>
      {preview !== undefined && (
        <Button
          size="xs"
          variant="ghost"
          alignSelf="flex-start"
          aria-controls={id}
          aria-expanded={expanded}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? `Show less of ${label.toLowerCase()}` : `Show all ${lineCount} lines`}
        </Button>
      )}
    </Stack>
  );
}
