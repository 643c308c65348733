import type { Problem } from '@goaltrail/contracts';
import {
  EventStoreUnavailableError,
  InvalidAppendError,
  InvalidPositionError,
  WrongExpectedRevisionError,
} from '@goaltrail/event-store';
import { ReadOnlyRoleError } from '@goaltrail/goals-application';
import { BusinessRuleError, GoalRevisionConflictError, UnknownEntityError } from '@goaltrail/goals-domain';
import { koladaPathSegments, MeasurementsImportRejectedError } from '@goaltrail/indicators-application';
import { IndicatorInputError } from '@goaltrail/indicators-domain';
import { KoladaFileError } from '@goaltrail/kolada';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { RequestValidationError } from './request-validation';

/**
 * The one place errors become HTTP answers: 400 for bad input (with field paths), 404 for unknown
 * ids, 409 for stale revisions (with the current one), 422 for broken business rules (with the
 * rule's name), 503 when the store is unreachable. Anything else is a 500, logged with its stack.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = toProblem(error);
    if (problem.statusCode >= 500) this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    response.status(problem.statusCode).json(problem);
  }
}

/** Maps one error to its problem body. */
export function toProblem(error: unknown): Problem {
  if (error instanceof RequestValidationError) return problem(400, error.message, { issues: error.issues });
  if (error instanceof InvalidAppendError) {
    return problem(400, error.message, { issues: [{ path: [...error.path], message: error.message }] });
  }
  if (error instanceof InvalidPositionError) return problem(400, error.message);
  if (error instanceof IndicatorInputError) return problem(400, error.message, { issues: [...error.issues] });
  if (error instanceof KoladaFileError) {
    const issues = [{ path: koladaPathSegments(error.path), message: `line ${error.line}: ${error.detail}` }];
    return problem(400, `The Kolada file is not valid: ${error.message}`, { issues, details: { line: error.line, path: error.path, problem: error.problem } });
  }
  if (error instanceof MeasurementsImportRejectedError) {
    const [first, second] = error.locations;
    const details = { reason: error.reason, line: first?.line ?? null, path: first?.path ?? null, ...(second ? { otherLine: second.line, otherPath: second.path } : {}) };
    return problem(400, error.message, { issues: [...error.issues], details });
  }
  if (error instanceof ReadOnlyRoleError) return problem(403, error.message);
  if (error instanceof UnknownEntityError) return problem(404, error.message, { rule: error.rule, details: { ...error.details } });
  if (error instanceof GoalRevisionConflictError) {
    return problem(409, `${error.message}. Reload the goal and apply your change to the current wording.`, {
      currentRevision: error.currentRevision,
    });
  }
  if (error instanceof WrongExpectedRevisionError) {
    return problem(409, `${error.message}. Someone else changed it first; reload and try again.`, {
      currentRevision: error.actual,
    });
  }
  if (error instanceof BusinessRuleError) return problem(422, error.message, { rule: error.rule, details: { ...error.details } });
  if (error instanceof EventStoreUnavailableError) return problem(503, `The event store is not reachable: ${error.message}`);
  if (error instanceof HttpException) return fromHttpException(error);
  return problem(500, 'Something went wrong on the server. The error is logged; nothing was written.');
}

function fromHttpException(error: HttpException): Problem {
  const status = error.getStatus();
  const body = error.getResponse();
  const message =
    typeof body === 'string'
      ? body
      : typeof body === 'object' && body !== null && 'message' in body
        ? [body.message].flat().join('; ')
        : error.message;
  return problem(status, message);
}

function problem(statusCode: number, message: string, extra: Partial<Problem> = {}): Problem {
  const error = (HttpStatus[statusCode] ?? 'Error')
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
  return { statusCode, error, message, ...extra };
}
