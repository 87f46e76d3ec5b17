// The leads' own expected failure: converting a lead that already became a deal.
import { AppError, ErrorCode } from '../../errors/app-errors.ts';

export class AlreadyConvertedError extends AppError {
  override name = 'AlreadyConvertedError';
  readonly code = ErrorCode.AlreadyConverted;
  constructor(
    readonly leadId: string,
    readonly convertedDealId: string | null,
  ) {
    super('This lead has already been converted');
  }
}
