// A tip takes one answer: answering it again is refused, with the answer it already has.
import { AppError, ErrorCode } from '../../errors/app-errors.ts';
import type { TipStatus } from './sql.ts';

export class AlreadyDecidedError extends AppError {
  override name = 'AlreadyDecidedError';
  readonly code = ErrorCode.AlreadyDecided;
  constructor(
    readonly tipId: string,
    readonly status: TipStatus,
  ) {
    super(`This tip was already answered (${status})`);
  }
}
