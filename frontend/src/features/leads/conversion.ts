// What the convert dialog shows for the API's answer: the deal the lead became, that it had
// already become one (and which), the workflow's refusal in words, or field errors by field.
import { describeTransitionRefusal, describeTypedError } from '../../lib/api-errors.ts';
import { type PlacedErrors, placeErrors } from '../../lib/records/field-errors.ts';
import type { ConvertLeadResult } from './api/convert-lead.ts';

export type ConversionView =
  | { kind: 'converted'; deal: { id: string; name: string } }
  | { kind: 'alreadyConverted'; message: string; dealId: string | null }
  | { kind: 'refused'; message: string }
  | { kind: 'invalid'; errors: PlacedErrors };

export function viewOfConversion(
  answer: ConvertLeadResult,
  lead: { name: string; stepName: string | undefined; wonStepName: string | undefined },
): ConversionView {
  switch (answer.__typename) {
    case 'ConvertLeadSuccess':
      return answer.lead.convertedDeal
        ? { kind: 'converted', deal: answer.lead.convertedDeal }
        : {
            kind: 'refused',
            message: 'The lead was converted, but its deal is not visible to you.',
          };
    case 'AlreadyConvertedError':
      return {
        kind: 'alreadyConverted',
        dealId: answer.convertedDealId ?? null,
        message: answer.convertedDealId
          ? `“${lead.name}” was already converted into a deal, perhaps by someone else just now.`
          : `“${lead.name}” was already converted into a deal, and that deal has since been deleted.`,
      };
    case 'TransitionNotAllowedError':
      return {
        kind: 'refused',
        message: `The lead was not converted: ${lowerFirst(
          describeTransitionRefusal(answer, {
            from: lead.stepName ?? 'its step',
            to: lead.wonStepName ?? 'its won step',
            what: 'this lead',
          }),
        )}`,
      };
    case 'ValidationError':
      return {
        kind: 'invalid',
        errors: placeErrors(answer, answer.message, {
          fields: { dealName: 'The deal name', amount: 'The amount', currency: 'The currency' },
          customFields: {},
        }),
      };
    case 'ForbiddenError':
    case 'NotFoundError':
      return { kind: 'refused', message: describeTypedError(answer) };
  }
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
