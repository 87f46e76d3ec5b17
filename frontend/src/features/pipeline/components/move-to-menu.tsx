// The keyboard (and touch) way to move a card: a menu of the other steps. When it opens it asks
// the API which moves the workflow allows now, and says why not for the others.
import { Button, Menu, Portal, Text } from '@chakra-ui/react';
import { describeTransitionRefusal } from '../../../lib/api-errors.ts';
import { useDealTransitions } from '../api/deal-transitions.ts';

interface Step {
  id: string;
  name: string;
}

export function MoveToMenu({
  deal,
  currentStep,
  steps,
  disabled,
  onMove,
}: {
  deal: { id: string; name: string };
  currentStep: Step;
  steps: readonly Step[];
  disabled: boolean;
  onMove(to: Step): void;
}) {
  const [loadTransitions, { data }] = useDealTransitions();
  const options = new Map(
    (data?.availableTransitions ?? []).map((option) => [option.step.id, option]),
  );

  return (
    <Menu.Root
      onOpenChange={({ open }) => {
        if (open) void loadTransitions({ variables: { dealId: deal.id } }).catch(() => undefined);
      }}
      onSelect={({ value }) => {
        const step = steps.find((s) => s.id === value);
        if (step) onMove(step);
      }}
    >
      <Menu.Trigger asChild>
        <Button
          size="xs"
          variant="ghost"
          disabled={disabled}
          aria-label={`Move ${deal.name} to…`}
          onPointerDown={(event) => event.stopPropagation()}
        >
          Move to…
        </Button>
      </Menu.Trigger>
      <Portal>
        <Menu.Positioner>
          <Menu.Content minW="56" maxW="80">
            {steps
              .filter((step) => step.id !== currentStep.id)
              .map((step) => {
                const option = options.get(step.id);
                const refused = option && !option.allowed;
                return (
                  <Menu.Item key={step.id} value={step.id} disabled={Boolean(refused)}>
                    <Text as="span" display="flex" flexDirection="column">
                      <span>{step.name}</span>
                      {refused && option.reason && (
                        <Text as="span" fontSize="xs" color="fg.muted" whiteSpace="normal">
                          {describeTransitionRefusal(
                            {
                              reason: option.reason,
                              missingFields: option.missingFields,
                              message: option.message ?? '',
                            },
                            { from: currentStep.name, to: step.name, what: 'it' },
                          )}
                        </Text>
                      )}
                    </Text>
                  </Menu.Item>
                );
              })}
          </Menu.Content>
        </Menu.Positioner>
      </Portal>
    </Menu.Root>
  );
}
