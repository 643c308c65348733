import { UnknownUserError, UserInputError, UsernameTakenError } from '@goaltrail/auth';
import { ConflictException, NotFoundException } from '@nestjs/common';
import { RequestValidationError } from '../http/request-validation';

/**
 * Runs a user operation and turns the auth library's typed refusals into the API's HTTP errors:
 * bad input 400 with the field path, a taken name 409, an unknown user 404. The problem filter then
 * writes them in the one error shape.
 */
export async function withUserErrors<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof UserInputError) {
      throw new RequestValidationError('body', [{ path: [...error.path], message: error.message }]);
    }
    if (error instanceof UsernameTakenError) throw new ConflictException(error.message);
    if (error instanceof UnknownUserError) throw new NotFoundException(error.message);
    throw error;
  }
}
