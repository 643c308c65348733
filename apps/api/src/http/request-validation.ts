import { BadRequestException, type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';

/** One refused field of a request, as the problem body lists it. */
export interface FieldIssue {
  path: (string | number)[];
  message: string;
}

/** A request the API refuses before doing anything: 400 with every field that is wrong. */
export class RequestValidationError extends BadRequestException {
  constructor(
    readonly where: 'body' | 'query' | 'path',
    readonly issues: FieldIssue[],
  ) {
    super(`The request ${where} is not valid: ${issues.map(describe).join('; ')}`);
  }
}

function describe(issue: FieldIssue): string {
  return issue.path.length ? `${issue.path.join('.')} ${issue.message}` : issue.message;
}

/**
 * Validates one part of a request against its contract schema and hands the parsed value on;
 * use as `@Body(new ValidateWith(schema))`. Handlers therefore never see unchecked input.
 */
export class ValidateWith<T> implements PipeTransform<unknown, T> {
  constructor(
    private readonly schema: z.ZodType<T>,
    private readonly where: 'body' | 'query' | 'path' = 'body',
  ) {}

  transform(value: unknown): T {
    const result = this.schema.safeParse(value ?? {});
    if (result.success) return result.data;
    throw new RequestValidationError(
      this.where,
      result.error.issues.map((issue) => ({
        path: issue.path.filter((key): key is string | number => typeof key !== 'symbol'),
        message: issue.message,
      })),
    );
  }
}
